pragma Singleton
import QtQml

// The podplanner.ui logging category: what the user opened and closed, silent unless enabled with
// QT_LOGGING_RULES="podplanner.ui.info=true" (the real-window tests read it to know a dialog is up).
QtObject {
    readonly property LoggingCategory category: LoggingCategory {
        name: "podplanner.ui"
        defaultLogLevel: LoggingCategory.Warning
    }
}
