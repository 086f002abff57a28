#include "mainwindow.h"

namespace enclave::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Enclave Studio"));
}

} // namespace enclave::ui
