#pragma once
// The catalog as the palette shows it: equipment and rack models with their key figures, grouped by
// kind (section), filtered by a search text. Figures arrive formatted from model/.
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include "Catalog.h"

namespace pod {

class PaletteModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The palette comes from the Planner")
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
public:
    enum Role { IdRole = Qt::UserRole + 1, KindRole, SectionRole, NameRole, FiguresRole, UnverifiedRole, UHeightRole, IsRackRole,
                ProxyTextRole, WidthMmRole, DepthMmRole };
    explicit PaletteModel(const Catalog& catalog, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    QString filter() const { return filter_; }
    void setFilter(const QString& text);

signals:
    void filterChanged();

private:
    struct Row {
        QString id, kind, section, name, figures, search;
        QString proxyText;  // what the drag proxy shows under the name: "8U · 10.2 kW", "48U · 600×1200 mm"
        int widthMm = 0, depthMm = 0;  // racks: footprint (the floor's drop ghost is drawn to scale)
        bool unverified = false;
        double uHeight = 0;
        bool isRack = false;
    };
    void rebuild();
    QList<Row> all_;
    QList<Row> rows_;
    QString filter_;
};

}  // namespace pod
