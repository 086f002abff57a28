#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "inspector/bufferbytesource.h"
#include "inspector/filebytesource.h"
#include "inspector/hexview.h"

using namespace enclave::ui;

namespace {

// A huge file that does not exist: bytes are a function of the offset, and every read is counted,
// so the test proves the view only ever asks for the rows it shows.
class SyntheticSource final : public ByteSource {
public:
    explicit SyntheticSource(qint64 size)
        : m_size(size)
    {
    }
    qint64 size() const override { return m_size; }
    QByteArray read(qint64 offset, qint64 length) const override
    {
        length = std::min(length, m_size - offset);
        m_requested += length;
        m_maxRequest = std::max(m_maxRequest, length);
        QByteArray out(length, Qt::Uninitialized);
        for (qint64 i = 0; i < length; ++i)
            out[i] = char((offset + i) * 7);
        return out;
    }
    mutable qint64 m_requested = 0;
    mutable qint64 m_maxRequest = 0;

private:
    qint64 m_size;
};

QByteArray pattern(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        b[i] = char(i);
    return b;
}

} // namespace

class TestHexView final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void markAndClick_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::newRow("first byte") << qint64(0);
        QTest::newRow("mid row") << qint64(21);
        QTest::newRow("after gap") << qint64(16 * 3 + 9);
        QTest::newRow("last byte") << qint64(999);
    }
    void markAndClick()
    {
        QFETCH(qint64, offset);
        HexView view;
        view.resize(700, 300);
        view.setSource(std::make_shared<BufferByteSource>(pattern(1000)));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        view.markField(offset, 4, true);
        QCOMPARE(view.markedOffset(), offset);
        QCOMPARE(view.markedLength(), std::min<qint64>(4, 1000 - offset));
        const qint64 firstRow = view.firstVisibleRow();
        QVERIFY(offset / 16 >= firstRow && offset / 16 < firstRow + view.visibleRowCount());

        QSignalSpy spy(&view, &HexView::byteSelected);
        const QRect r = view.byteRect(offset);
        QVERIFY(r.isValid());
        QCOMPARE(view.offsetAt(r.center()), offset);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), offset);
        QCOMPARE(view.cursorOffset(), offset);
    }

    void keyboardMovesCursor()
    {
        HexView view;
        view.resize(700, 300);
        view.setSource(std::make_shared<BufferByteSource>(pattern(100)));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &HexView::byteSelected);
        QTest::keyClick(&view, Qt::Key_Right);
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.cursorOffset(), qint64(17));
        QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(view.cursorOffset(), qint64(99));
        QTest::keyClick(&view, Qt::Key_Right); // clamped at the end
        QCOMPARE(view.cursorOffset(), qint64(99));
        QCOMPARE(spy.last().at(0).toLongLong(), qint64(99));
    }

    void hugeSourceReadsOnlyVisibleRows()
    {
        constexpr qint64 size = qint64(64) << 30; // 64 GiB: more rows than a scroll bar's int holds
        auto source = std::make_shared<SyntheticSource>(size);
        HexView view;
        view.resize(700, 400);
        view.setSource(source);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.grab();
        const qint64 maxVisible = qint64(view.visibleRowCount() + 1) * HexView::BytesPerRow;
        QVERIFY(view.lastPaintReadBytes() > 0);
        QVERIFY(view.lastPaintReadBytes() <= maxVisible);

        const qint64 target = size - 12345;
        view.markField(target, 8, true);
        view.grab();
        QVERIFY(view.lastPaintReadBytes() <= maxVisible);
        const qint64 row = target / HexView::BytesPerRow;
        QVERIFY2(row >= view.firstVisibleRow() && row < view.firstVisibleRow() + view.visibleRowCount(),
            qPrintable(QStringLiteral("row %1 first %2").arg(row).arg(view.firstVisibleRow())));
        QCOMPARE(view.offsetAt(view.byteRect(target).center()), target);
        QVERIFY(source->m_maxRequest <= maxVisible);
        QVERIFY(source->m_requested < 64 * 1024); // a few paints, never the file
    }

    void fileSourceBounded()
    {
        FileByteSource missing(QStringLiteral("/nonexistent/file.eif"));
        QVERIFY(!missing.isOpen());
        QCOMPARE(missing.read(0, 16), QByteArray());

        FileByteSource eif(QStringLiteral(TEST_DATA_DIR "/eif/unsigned_v4.eif"));
        QVERIFY(eif.isOpen());
        QCOMPARE(eif.read(0, 4), QByteArray(".eif"));
        QCOMPARE(eif.read(eif.size() - 2, 100).size(), 2);
        QCOMPARE(eif.read(eif.size(), 1), QByteArray());
        QCOMPARE(eif.read(-1, 1), QByteArray());
        // A read crossing the page cache boundary is served straight from the file.
        QCOMPARE(eif.read(1, 70000).size(), int(eif.size() - 1));
    }

    void emptyAndClear()
    {
        HexView view;
        view.markField(0, 1, true); // no source: ignored, no crash
        QCOMPARE(view.markedOffset(), qint64(-1));
        view.setSource(std::make_shared<BufferByteSource>(QByteArray()));
        view.grab();
        QCOMPARE(view.offsetAt(QPoint(50, 5)), qint64(-1));
        view.setSource(std::make_shared<BufferByteSource>(pattern(10)));
        view.markField(5, 100, false);
        QCOMPARE(view.markedLength(), qint64(5));
        view.clearMark();
        QCOMPARE(view.markedOffset(), qint64(-1));
    }
};

QTEST_MAIN(TestHexView)
#include "tst_hexview.moc"
