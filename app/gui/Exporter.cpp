#include "Exporter.h"

#include <QCoreApplication>
#include <QQmlEngine>
#include <QThread>
#include <QUrl>

#include "CsvExport.h"
#include "ExportData.h"
#include "ExportDocument.h"
#include "OutputFiles.h"
#include "PdfExporter.h"
#include "Planner.h"
#include "PlannerApp.h"
#include "SvgPngExporter.h"

namespace pod {

namespace {
std::filesystem::path localPath(const QString& pathOrUrl) {
    QUrl url(pathOrUrl);
    return (url.isLocalFile() ? url.toLocalFile() : pathOrUrl).toStdString();
}

const char* const kSectionNames[] = {"cover", "floor", "racks", "bom", "cables"};
}  // namespace

// Everything a worker needs, owned by the worker: the project copy outlives the ExportData pointing into it.
struct Exporter::Job {
    Project project;
    const Catalog* catalog;
    std::vector<std::string> racks;
    PageLayout layout;
    std::set<ExportSection> sections;
    std::filesystem::path file;
};

Exporter::Exporter(Planner& planner, QObject* parent) : QObject(parent), planner_(planner) {}

Exporter::~Exporter() {
    cancel();
    waitForFinished();
}

Exporter* Exporter::create(QQmlEngine* engine, QJSEngine*) { return cppOwned(&PlannerApp::of(engine).exporter()); }

QStringList Exporter::papers() const { return {"a4", "a3", "letter", "tabloid"}; }

QStringList Exporter::sections() const {
    QStringList out;
    for (const char* s : kSectionNames) out << QString::fromLatin1(s);
    return out;
}

QString Exporter::exportPdf(const QString& path, const QString& paper, bool landscape, const QStringList& sections,
                            bool selectedOnly) {
    if (busy()) return tr("An export is already running.");
    auto paperSpec = paperByName(paper.toLower().toStdString());
    if (!paperSpec) return tr("Unknown paper size '%1' (use A4, A3, Letter or Tabloid).").arg(paper);
    auto job = std::make_shared<Job>(Job{planner_.document()->project(), &planner_.catalog(), {},
                                         PageLayout(*paperSpec, landscape), {}, localPath(path)});
    for (const QString& name : sections) {
        auto section = sectionByName(name.toStdString());
        if (!section) return tr("Unknown section '%1'.").arg(name);
        job->sections.insert(*section);
    }
    if (job->sections.empty()) job->sections = allSections();
    if (selectedOnly) {
        QStringList racks;
        for (const QString& id : planner_.selection()->ids()) {
            QString rack = planner_.rackOf(id);
            if (!rack.isEmpty() && !racks.contains(rack)) racks << rack;
        }
        if (racks.isEmpty()) return tr("Select the racks to export first, or export all racks.");
        for (const QString& r : racks) job->racks.push_back(r.toStdString());
    }
    if (auto e = checkOutputFile(job->file)) return QString::fromStdString(e->message());

    cancel_ = std::make_shared<std::atomic<bool>>(false);
    done_ = 0;
    total_ = 0;
    auto cancelled = cancel_;
    worker_ = QThread::create([this, job, cancelled] {
        ExportData data(job->project, *job->catalog, job->racks);
        ExportDocument document(data, job->layout, job->sections);
        auto progress = [this, cancelled](int done, int total) {
            QMetaObject::invokeMethod(this, [this, done, total] { onProgress(done, total); }, Qt::QueuedConnection);
            return !cancelled->load();
        };
        auto error = writePdf(document, data, job->file, progress);
        QString message = error ? QString::fromStdString(error->reason == kExportCancelled ? std::string(kExportCancelled)
                                                                                             : error->message())
                                : tr("Wrote %1 (%2 pages, %3)")
                                      .arg(QString::fromStdString(job->file.string()))
                                      .arg(document.pageCount())
                                      .arg(QString::fromStdString(job->layout.describe()));
        bool ok = !error;
        QMetaObject::invokeMethod(this, [this, ok, message] { onWorkerDone(ok, message); }, Qt::QueuedConnection);
    });
    worker_->start();
    emit busyChanged();
    emit progressChanged();
    return {};
}

void Exporter::cancel() {
    if (cancel_) cancel_->store(true);
}

void Exporter::waitForFinished() {
    if (!worker_) return;
    worker_->wait();
    QCoreApplication::sendPostedEvents(this);  // deliver the worker's last progress and its result
}

void Exporter::onProgress(int done, int total) {
    done_ = done;
    total_ = total;
    emit progressChanged();
}

void Exporter::onWorkerDone(bool ok, const QString& message) {
    if (worker_) {
        worker_->wait();
        delete worker_;
        worker_ = nullptr;
    }
    emit busyChanged();
    emit finished(ok, message);
}

QString Exporter::exportCsv(const QString& path, const QString& what) {
    if (what != "bom" && what != "cables") return tr("Unknown table '%1' (bom or cables).").arg(what);
    auto file = localPath(path);
    if (auto e = checkOutputFile(file)) return QString::fromStdString(e->message());
    ExportData data(planner_.document()->project(), planner_.catalog());
    std::string text = what == "bom" ? bomToCsv(data.bom()) : cableScheduleToCsv(data.schedule());
    if (auto e = writeFileAtomically(file, QByteArray::fromStdString(text))) return QString::fromStdString(e->message());
    return {};
}

QString Exporter::exportSvg(const QString& dir) {
    auto folder = localPath(dir);
    if (auto e = checkOutputDirectory(folder)) return QString::fromStdString(e->message());
    if (auto e = createOutputDirectory(folder)) return QString::fromStdString(e->message());
    ExportData data(planner_.document()->project(), planner_.catalog());
    ExportDocument document(data, PageLayout(*paperByName("a4"), true));
    std::vector<std::string> written;
    if (auto e = writeSvgSheets(document, data, folder, written)) return QString::fromStdString(e->message());
    return {};
}

}  // namespace pod
