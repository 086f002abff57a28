#pragma once

class QTreeView;

namespace enclave::ui {

class FieldTreeModel;
class HexView;

// Wireshark-style coupling: selecting a field marks its byte span in the hex view; clicking a
// byte selects the most specific field that covers it. Signals and slots only.
void connectSpanSelection(QTreeView *tree, FieldTreeModel *model, HexView *hex);

} // namespace enclave::ui
