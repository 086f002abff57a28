#pragma once

#include <QPalette>

namespace enclave::ui {

// Light/dark colour schemes: "System" keeps the platform palette, Light and Dark use Fusion with
// palettes whose text/base contrast stays readable.
class Theme final {
public:
    enum class Mode { System, Light, Dark };

    static void apply(Mode mode);
    static QPalette lightPalette();
    static QPalette darkPalette();
    static bool isDark(const QPalette &palette);
    static QString key(Mode mode);
    static Mode fromKey(const QString &key);
};

} // namespace enclave::ui
