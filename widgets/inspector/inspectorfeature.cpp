#include "inspector/inspectorfeature.h"

#include <QCoreApplication>

#include "attestation/attestationdocument.h"
#include "inspector/attestationview.h"
#include "inspector/bytesource.h"
#include "eif/eifreader.h"
#include "inspector/eifview.h"
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

} // namespace

void installInspector(MainWindow &window)
{
    window.registerViewer(FileType::Eif, &openEif);
    window.registerViewer(FileType::CoseCbor, &openAttestation);
    window.registerViewer(FileType::CoseBase64, &openAttestation);
    window.registerViewer(FileType::CoseHex, &openAttestation);
}

} // namespace enclave::ui
