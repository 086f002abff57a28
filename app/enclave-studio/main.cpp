#include <QApplication>

#include "mainwindow.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    enclave::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
