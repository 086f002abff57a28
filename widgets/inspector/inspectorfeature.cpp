#include "inspector/inspectorfeature.h"

#include <QCoreApplication>

#include "attestation/attestationdocument.h"
#include "eif/eifheader.h"
#include "eif/eifreader.h"
#include "eif/eifsection.h"
#include "inspector/attestationview.h"
#include "inspector/bytesource.h"
#include "inspector/eifview.h"
#include "inspector/fieldadapters.h"
#include "inspector/fielditem.h"
#include "inspector/measurementsview.h"
#include "measure/measurementsloader.h"
#include "shell/errorview.h"
#include "shell/mainwindow.h"

namespace enclave::ui {

namespace {

class Viewers final {
    Q_DECLARE_TR_FUNCTIONS(Viewers)
};

// Where the header's section table says the sections end (0 when it lists none or overflows).
quint64 tableEnd(const EifHeader &header)
{
    quint64 end = 0;
    for (int i = 0; i < header.numSections(); ++i) {
        const quint64 e = header.sectionOffset(i) + EifSection::HeaderSize + header.sectionSize(i);
        if (e > header.sectionOffset(i))
            end = qMax(end, e);
    }
    return end;
}

DocumentView *openEif(const OpenedDocument &doc, QWidget *parent)
{
    // The reader walks the header and section headers only: instant whatever the file size.
    auto reader = EifReader::open(doc.path);
    if (reader)
        return new EifView(*reader, doc.source, parent);
    // A file cut short (a partial download or copy) is said to be truncated, by how much, and
    // the header that did parse is shown in the tree.
    Error error = reader.error();
    const qint64 size = doc.source->size();
    const auto header = EifHeader::parse(doc.source->read(0, qMin<qint64>(size, EifHeader::Size)));
    if (!header) {
        if (size < EifHeader::Size && size > 0)
            error.message
                = Viewers::tr("truncated: the file has %1 bytes, less than the %2-byte EIF header (%3)")
                      .arg(size)
                      .arg(EifHeader::Size)
                      .arg(error.message);
        return new ErrorView(doc.path, error, doc.source, parent);
    }
    const quint64 end = tableEnd(*header);
    if (end > quint64(size)) {
        error.message
            = Viewers::tr("truncated by %1 bytes: the header's section table describes %2 bytes, the file "
                          "has %3 (%4)")
                  .arg(end - quint64(size))
                  .arg(end)
                  .arg(size)
                  .arg(error.message);
    }
    auto *view = new ErrorView(doc.path, error, doc.source, parent);
    view->setParsedFields(eifHeaderFieldTree(*header, size));
    return view;
}

DocumentView *openAttestation(const OpenedDocument &doc, QWidget *parent)
{
    const qint64 size = doc.source->size();
    if (size > AttestationDocument::MaxDocumentSize) {
        return new ErrorView(doc.path,
            Error { Error::Code::LimitExceeded, AttestationDocument::MaxDocumentSize,
                QCoreApplication::translate(
                    "enclave::ui::MainWindow", "%1 bytes is larger than any attestation document (limit %2)")
                    .arg(size)
                    .arg(AttestationDocument::MaxDocumentSize) },
            doc.source, parent);
    }
    auto document = AttestationDocument::parse(doc.source->read(0, size));
    if (!document)
        return new ErrorView(doc.path, document.error(), doc.source, parent);
    return new AttestationView(doc.path, *document, doc.source, parent);
}

// nitro-cli / describe-eif JSON, expectations, KMS key policies: what Compare accepts, shown
// read-only as the measurements loader reads them.
DocumentView *openMeasurements(const OpenedDocument &doc, QWidget *parent)
{
    auto measurements = MeasurementsLoader::load(doc.path);
    if (!measurements)
        return new ErrorView(doc.path, measurements.error(), doc.source, parent);
    return new MeasurementsView(doc.path, *measurements, parent);
}

} // namespace

void installInspector(MainWindow &window)
{
    window.registerViewer(FileType::Eif, &openEif);
    window.registerViewer(FileType::CoseCbor, &openAttestation);
    window.registerViewer(FileType::CoseBase64, &openAttestation);
    window.registerViewer(FileType::CoseHex, &openAttestation);
    for (FileType type :
        { FileType::NitroCliJson, FileType::DescribeEifJson, FileType::Expectations, FileType::KmsKeyPolicy })
        window.registerViewer(type, &openMeasurements);
}

} // namespace enclave::ui
