#pragma once

#include <QMainWindow>

namespace enclave::ui {

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace enclave::ui
