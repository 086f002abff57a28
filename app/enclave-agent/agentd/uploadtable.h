#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include "agentd/imagedir.h"
#include "agentd/output.h"
#include "agentd/upload.h"

namespace agentd {

// eif.upload.begin / .chunk / .finish / .abort of one session: at most kMaxUploads at a time,
// each bounded by maxUploadBytes and by the free space of the image directory.
class UploadTable final {
public:
    UploadTable(const ImageDir &images, std::int64_t maxUploadBytes)
        : m_images(images)
        , m_maxBytes(maxUploadBytes)
    {
    }

    void begin(const json &params, const Respond &respond);
    void chunk(const json &params, const Respond &respond);
    void finish(const json &params, const Respond &respond);
    void abort(const json &params, const Respond &respond);
    void abortAll() { m_uploads.clear(); }

private:
    // Validates {uploadId} (nothing else) and removes that upload from the table.
    Result<std::unique_ptr<Upload>> take(const json &params);

    const ImageDir &m_images;
    std::int64_t m_maxBytes;
    std::map<std::string, std::unique_ptr<Upload>> m_uploads;
    std::uint64_t m_counter = 0;
};

} // namespace agentd
