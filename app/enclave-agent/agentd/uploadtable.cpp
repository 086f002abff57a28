#include "agentd/uploadtable.h"

#include "agentd/files.h"
#include "agentd/params.h"
#include "agentd/validate.h"

namespace agentd {

void UploadTable::begin(const json &params, const Respond &respond)
{
    ParamReader pr(params);
    const std::string name = pr.imageName("name");
    const std::int64_t size = pr.integer("size", 1, m_maxBytes);
    const std::string sha = pr.string("sha384", 96);
    const bool overwrite = pr.boolean("overwrite", false);
    pr.allowOnly({ "name", "size", "sha384", "overwrite" });
    if (!pr.ok())
        return respond(std::unexpected(pr.error()));
    auto digest = validate::sha384FromHex(sha);
    if (!digest)
        return respond(rpcFail(wire::error::kInvalidParams, "sha384 must be 96 hex digits"));
    if (!name.ends_with(".eif") || name.size() <= 4)
        return respond(rpcFail(wire::error::kInvalidParams, "image names end in .eif"));
    if (m_uploads.size() >= std::size_t(wire::kMaxUploads))
        return respond(rpcFail(wire::error::kLimitExceeded,
            "at most " + std::to_string(wire::kMaxUploads) + " uploads at a time"));
    auto path = m_images.resolve(name);
    if (!path)
        return respond(std::unexpected(path.error()));
    for (const auto &[id, u] : m_uploads)
        if (u->targetPath() == *path)
            return respond(rpcFail(wire::error::kAlreadyExists, "'" + name + "' is already being uploaded"));
    if (files::exists(*path) && !overwrite)
        return respond(
            rpcFail(wire::error::kAlreadyExists, "'" + name + "' exists (pass overwrite to replace it)"));
    const std::int64_t free = files::freeBytes(m_images.path());
    if (free >= 0 && free < size + wire::kUploadFreeSpaceReserve)
        return respond(rpcFail(wire::error::kLimitExceeded, "not enough free space in the image directory"));
    auto upload = Upload::begin(*path, size, std::move(*digest));
    if (!upload)
        return respond(std::unexpected(upload.error()));
    const std::string id = "upload-" + std::to_string(++m_counter);
    m_uploads.emplace(id, std::move(*upload));
    respond(json { { "uploadId", id }, { "chunkBytes", wire::kMaxChunkBytes } });
}

void UploadTable::chunk(const json &params, const Respond &respond)
{
    ParamReader pr(params);
    const std::string id = pr.handle("uploadId");
    const std::int64_t offset = pr.integer("offset", 0, m_maxBytes);
    const std::string data = pr.base64("data", wire::kMaxChunkBytes);
    pr.allowOnly({ "uploadId", "offset", "data" });
    if (!pr.ok())
        return respond(std::unexpected(pr.error()));
    auto it = m_uploads.find(id);
    if (it == m_uploads.end())
        return respond(rpcFail(wire::error::kNotFound, "no upload '" + id + "'"));
    auto received = it->second->append(offset, data);
    if (!received) {
        m_uploads.erase(it); // an out-of-order chunk or one past size aborts the upload
        return respond(std::unexpected(received.error()));
    }
    respond(json { { "received", *received } });
}

Result<std::unique_ptr<Upload>> UploadTable::take(const json &params)
{
    ParamReader pr(params);
    const std::string id = pr.handle("uploadId");
    pr.allowOnly({ "uploadId" });
    if (!pr.ok())
        return std::unexpected(pr.error());
    auto it = m_uploads.find(id);
    if (it == m_uploads.end())
        return rpcFail(wire::error::kNotFound, "no upload '" + id + "'");
    auto upload = std::move(it->second);
    m_uploads.erase(it);
    return upload;
}

void UploadTable::finish(const json &params, const Respond &respond)
{
    auto upload = take(params);
    if (!upload)
        return respond(std::unexpected(upload.error()));
    if (auto done = (*upload)->finish(); !done)
        return respond(std::unexpected(done.error()));
    respond(json { { "name", files::baseName((*upload)->targetPath()) }, { "size", (*upload)->size() } });
}

void UploadTable::abort(const json &params, const Respond &respond)
{
    auto upload = take(params);
    if (!upload)
        return respond(std::unexpected(upload.error()));
    (*upload)->abort();
    respond(json::object());
}

} // namespace agentd
