// Target 1: an EIF image, as describe-eif and the inspector read it: EifReader (header, section
// walk, table cross-check), the field lists the tree shows, then EifDescription (PCRs, CRC,
// metadata JSON, signature CBOR/COSE decode and verification) and its JSON.

#include "fuzzsupport.h"

#include "eif/eifdescription.h"
#include "eif/eifreader.h"

using namespace enclave;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const fuzz::MemoryFile file(data, size);
    const Result<EifReader> reader = EifReader::open(file.path());
    if (!reader)
        return 0;
    (void)reader->headerFields();
    for (const EifSection &section : reader->sections())
        (void)section.fields();
    (void)reader->readCmdline();
    (void)reader->readMetadataBytes();
    (void)reader->readSignatureBytes();

    PcrCalculator calculator(*reader);
    // 4 KiB reads instead of 1 MiB: sections then straddle buffers as they do in real images, and
    // the pool of 8 buffers does not cost 8 MiB of (ASan-poisoned) allocation per input.
    calculator.setChunkSize(4096);
    const Result<EifDescription> description = EifDescription::describe(*reader, calculator);
    if (description)
        (void)description->toJson();
    return 0;
}
