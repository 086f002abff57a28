// Target 5: measurement sources pasted or loaded as text: nitro-cli and describe-eif JSON,
// expectations files and KMS key policies (MeasurementsJsonParser, as diff and kms-policy --from
// read them), then the same bytes as a key policy through parse, lint and the checker, evaluated
// against the PCRs the parser found (or none).

#include "fuzzsupport.h"

#include "kms/kmspolicy.h"
#include "kms/kmspolicychecker.h"
#include "kms/kmspolicylinter.h"
#include "measure/measurementsjsonparser.h"
#include "measure/measurementsloader.h"

using namespace enclave;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    (void)MeasurementsLoader::detect(input);

    Measurements pcrs;
    const Result<Measurements> measurements = MeasurementsJsonParser::parse(input, QStringLiteral("fuzz"));
    if (measurements) {
        (void)measurements->toJson();
        pcrs = *measurements;
    }

    const Result<KmsPolicy> policy = KmsPolicy::parse(input);
    if (!policy)
        return 0;
    (void)KmsPolicyLinter::toJson(KmsPolicyLinter::lint(*policy));
    KmsPolicyChecker::Options options;
    options.principal = QStringLiteral("arn:aws:iam::123456789012:role/fuzz");
    (void)KmsPolicyChecker::check(*policy, pcrs, options).toJson();
    return 0;
}
