#pragma once

#include <memory>

#include "common/error.h"
#include "inspector/documentview.h"

class QLabel;

namespace enclave::ui {

class ByteSource;
class HexView;

// The tab a file gets when it cannot be shown: what is wrong and at which offset, above the hex
// view with the offending byte marked (when there are bytes to show).
class ErrorView final : public DocumentView
{
    Q_OBJECT
public:
    ErrorView(const QString &path, const Error &error, std::shared_ptr<const ByteSource> source,
              QWidget *parent = nullptr);

    bool isErrorView() const override { return true; }
    const Error &error() const { return m_error; }
    QString message() const;
    HexView *hexView() const { return m_hex; }

private:
    Error m_error;
    QLabel *m_label = nullptr;
    HexView *m_hex = nullptr;
};

} // namespace enclave::ui
