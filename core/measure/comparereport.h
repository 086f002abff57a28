#pragma once

#include <optional>

#include <QString>

#include "measure/eifdiff.h"
#include "measure/measurements.h"
#include "measure/pcrdiff.h"

namespace enclave {

// A comparison written down as Markdown for a ticket or a review: the two sources, the verdict,
// the PCR table (unused all-zero registers folded into one line), and for two EIFs the sections
// and the files that differ. Sources are named by file name unless full paths are asked for.
struct CompareReportOptions {
    bool fullPaths = false;
};

class CompareReport final {
public:
    using Options = CompareReportOptions;

    static QString markdown(const Measurements &left, const Measurements &right, const PcrDiff &pcrs,
        const std::optional<EifDiff> &eif, const Options &options = {});

    // A register no Nitro measurement uses (not PCR0-4 or PCR8) whose every value is all zero: an
    // attestation document lists PCR0..15 and most are such noise. Never true for a difference.
    static bool isUnusedZero(const PcrDiff::Row &row);
    // "PCR5, PCR6, PCR9-15" style list of indexes.
    static QString pcrRanges(const QList<int> &indexes);
};

} // namespace enclave
