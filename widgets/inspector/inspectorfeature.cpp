#include "inspector/inspectorfeature.h"

#include <QCoreApplication>

#include "attestation/attestationdocument.h"
#include "inspector/attestationview.h"
#include "inspector/bytesource.h"
#include "eif/eifreader.h"
#include "inspector/eifview.h"
#include "inspector/measurementsview.h"
#include "measure/measurementsloader.h"
#include "shell/errorview.h"
#include "shell/mainwindow.h"

namespace enclave::ui {

namespace {

DocumentView *openEif(const OpenedDocument &doc, QWidget *parent)
{
    // The reader walks the header and section headers only: instant whatever the file size.
    auto reader = EifReader::open(doc.path);
    if (!reader)
        return new ErrorView(doc.path, reader.error(), doc.source, parent);
    return new EifView(*reader, doc.source, parent);
}

DocumentView *openAttestation(const OpenedDocument &doc, QWidget *parent)
{
    const qint64 size = doc.source->size();
    if (size > AttestationDocument::MaxDocumentSize) {
        return new ErrorView(doc.path,
                             Error{Error::Code::LimitExceeded, AttestationDocument::MaxDocumentSize,
                                   QCoreApplication::translate("enclave::ui::MainWindow",
                                                               "%1 bytes is larger than any attestation document (limit %2)")
                                       .arg(size)
                                       .arg(AttestationDocument::MaxDocumentSize)},
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
    for (FileType type : {FileType::NitroCliJson, FileType::DescribeEifJson, FileType::Expectations, FileType::KmsKeyPolicy})
        window.registerViewer(type, &openMeasurements);
}

} // namespace enclave::ui
