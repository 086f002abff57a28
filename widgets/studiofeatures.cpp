#include "studiofeatures.h"

#include "compare/comparefeature.h"
#include "inspector/inspectorfeature.h"
#include "tools/kmsactions.h"

namespace enclave::ui {

void installDocumentFeatures(MainWindow &window)
{
    installInspector(window);
    installCompare(window);
    installKmsActions(&window);
}

} // namespace enclave::ui
