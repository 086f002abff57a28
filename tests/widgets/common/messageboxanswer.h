#pragma once

#include <memory>

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>

// Answers the next modal QMessageBox the code under test opens: records its text and clicks the
// first button with the given role. The poll is bounded (5 s); `seen` stays false if no box came.
struct MessageBoxAnswer {
    bool seen = false;
    QString title;
    QString text;
};

inline std::shared_ptr<MessageBoxAnswer> answerNextMessageBox(QMessageBox::ButtonRole role)
{
    auto answer = std::make_shared<MessageBoxAnswer>();
    auto *timer = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer, role, tries] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (++*tries > 250)
                timer->deleteLater();
            return;
        }
        answer->seen = true;
        answer->title = box->windowTitle();
        answer->text = box->text();
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == role) {
                b->click();
                break;
            }
        }
        timer->deleteLater();
    });
    timer->start();
    return answer;
}
