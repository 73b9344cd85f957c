#include "services/openinghours.h"

#include <QTest>
#include <QTimeZone>

using namespace atalaya;
using namespace Qt::StringLiterals;

namespace {

// The week of 16 March 2026: Monday the 16th .. Sunday the 22nd.
QDateTime on(int isoWeekday, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, 3, 15 + isoWeekday), QTime(hour, minute, second), QTimeZone::UTC);
}

QString text(int minutes)
{
    return u"%1:%2"_s.arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// "09:00-14:00,17:00-20:00" for one day; "" when closed.
QString describe(const OpeningHours &hours, int isoWeekday)
{
    QStringList parts;
    for (const OpeningRange &r : hours.ranges(isoWeekday))
        parts.append(text(r.opens) + u'-' + text(r.closes));
    return parts.join(u',');
}

} // namespace

/** Tests the opening_hours subset: what parses into which ranges, what is refused and why, and
 *  isOpenAt around every boundary, past midnight and over the week's end. */
class TestOpeningHours : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("hours");
        QTest::addColumn<int>("weekday");
        QTest::addColumn<QString>("ranges");

        const QString week = u"Mo-Fr 09:00-21:00; Sa 10:00-14:00; Su off"_s;
        QTest::newRow("week: Monday") << week << 1 << u"09:00-21:00"_s;
        QTest::newRow("week: Friday") << week << 5 << u"09:00-21:00"_s;
        QTest::newRow("week: Saturday") << week << 6 << u"10:00-14:00"_s;
        QTest::newRow("week: Sunday off") << week << 7 << QString();
        QTest::newRow("24/7") << u"24/7"_s << 3 << u"00:00-24:00"_s;
        QTest::newRow("list of days") << u"Mo,We,Fr 10:00-12:00"_s << 3 << u"10:00-12:00"_s;
        QTest::newRow("list of days: not listed") << u"Mo,We,Fr 10:00-12:00"_s << 2 << QString();
        QTest::newRow("list and range") << u"Mo, We-Fr 10:00-12:00"_s << 4 << u"10:00-12:00"_s;
        QTest::newRow("two ranges, sorted") << u"Mo 17:00-20:00,09:00-14:00"_s << 1 << u"09:00-14:00,17:00-20:00"_s;
        QTest::newRow("spaces after commas") << u"Mo 09:00-14:00, 17:00-20:00"_s << 1 << u"09:00-14:00,17:00-20:00"_s;
        QTest::newRow("range over the week's end") << u"Sa-Mo 10:00-12:00"_s << 7 << u"10:00-12:00"_s;
        QTest::newRow("range over the week's end: Tuesday") << u"Sa-Mo 10:00-12:00"_s << 2 << QString();
        QTest::newRow("no days: every day") << u"09:00-17:00"_s << 7 << u"09:00-17:00"_s;
        QTest::newRow("days only: all day") << u"Mo-Fr"_s << 2 << u"00:00-24:00"_s;
        QTest::newRow("past midnight as written") << u"Fr 22:00-02:00"_s << 5 << u"22:00-26:00"_s;
        QTest::newRow("duty pharmacy") << u"Mo-Su 21:00-09:30"_s << 1 << u"21:00-33:30"_s;
        QTest::newRow("until midnight") << u"Mo 18:00-00:00"_s << 1 << u"18:00-24:00"_s;
        QTest::newRow("closing at 24:00") << u"Mo 18:00-24:00"_s << 1 << u"18:00-24:00"_s;
        QTest::newRow("extended notation") << u"Mo 22:00-26:00"_s << 1 << u"22:00-26:00"_s;
        QTest::newRow("later rule replaces a day") << u"Mo-Fr 09:00-17:00; We 10:00-12:00"_s << 3 << u"10:00-12:00"_s;
        QTest::newRow("later rule keeps other days") << u"Mo-Fr 09:00-17:00; We 10:00-12:00"_s << 4 << u"09:00-17:00"_s;
        QTest::newRow("later off") << u"Mo-Su 08:00-20:00; Su off"_s << 7 << QString();
        QTest::newRow("closed spelled out") << u"Mo-Su 08:00-20:00; Sa,Su closed"_s << 6 << QString();
        QTest::newRow("trailing semicolon") << u"Mo 08:00-20:00;"_s << 1 << u"08:00-20:00"_s;
        QTest::newRow("surrounding blanks") << u"  Mo 08:00-20:00  "_s << 1 << u"08:00-20:00"_s;
    }

    void parses()
    {
        QFETCH(QString, hours);
        QFETCH(int, weekday);
        QFETCH(QString, ranges);
        const OpeningHours parsed = OpeningHours::parse(hours);
        QVERIFY2(parsed.isValid(), qPrintable(parsed.error()));
        QVERIFY(parsed.error().isEmpty());
        QCOMPARE(parsed.text(), hours.trimmed());
        QCOMPARE(describe(parsed, weekday), ranges);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("hours");
        QTest::addColumn<QString>("error");

        QTest::newRow("closing before opening")
            << u"Mo 09:00-08:00"_s << u"closing time 08:00 is before opening time 09:00 in 'Mo 09:00-08:00'"_s;
        QTest::newRow("morning range past midnight")
            << u"Mo-Fr 08:00-02:00"_s << u"closing time 02:00 is before opening time 08:00 in 'Mo-Fr 08:00-02:00'"_s;
        QTest::newRow("closing the next afternoon")
            << u"Sa 22:00-13:00"_s << u"closing time 13:00 is before opening time 22:00 in 'Sa 22:00-13:00'"_s;
        QTest::newRow("the quoted rule is the wrong one")
            << u"Mo-Fr 09:00-21:00; Sa 11:00-10:00; Su off"_s << u"in 'Sa 11:00-10:00'"_s;
        QTest::newRow("empty") << u"  "_s << u"no opening hours given"_s;
        QTest::newRow("same times") << u"Mo 09:00-09:00"_s << u"closing time 09:00 is the same as opening time 09:00"_s;
        QTest::newRow("English day names") << u"Mon-Fri 09:00-17:00"_s << u"unknown day 'Mon' in 'Mon-Fri 09:00-17:00'"_s;
        QTest::newRow("Spanish day names") << u"Lu-Vi 09:00-17:00"_s << u"unknown day 'Lu'"_s;
        QTest::newRow("lower case day") << u"mo 09:00-17:00"_s << u"unknown day 'mo'"_s;
        QTest::newRow("one-digit hour") << u"Mo-Fr 9:00-17:00"_s << u"expected a time as HH:MM at '9:00'"_s;
        QTest::newRow("hour 25") << u"Mo 25:00-26:00"_s << u"25:00 is not a valid time in 'Mo 25:00-26:00'"_s;
        QTest::newRow("minute 60") << u"Mo 09:60-10:00"_s << u"09:60 is not a valid time"_s;
        QTest::newRow("closing after 48:00") << u"Mo 22:00-48:30"_s << u"48:30 is not a valid time"_s;
        QTest::newRow("opening at 24:00") << u"Mo 24:00-02:00"_s << u"opening time 24:00 in 'Mo 24:00-02:00'"_s;
        QTest::newRow("longer than a day") << u"Mo 10:00-36:00"_s << u"10:00-36:00 in 'Mo 10:00-36:00' is longer than a day"_s;
        QTest::newRow("missing closing time") << u"Mo 09:00"_s << u"expected '-' and a closing time after 09:00 in 'Mo 09:00'"_s;
        QTest::newRow("ranges without a comma") << u"Mo 09:00-14:00 17:00-20:00"_s << u"separate the time ranges"_s;
        QTest::newRow("rules joined with a comma") << u"Mo 09:00-14:00, Tu 10:00-12:00"_s << u"start a new rule with ';'"_s;
        QTest::newRow("public holidays") << u"Mo-Fr 09:00-14:00; PH off"_s << u"public and school holidays (PH) are not supported"_s;
        QTest::newRow("empty rule") << u"Mo 09:00-14:00;; Tu 10:00-12:00"_s << u"empty rule between ';'"_s;
        QTest::newRow("words after off") << u"Su off please"_s << u"unexpected 'please' in 'Su off please'"_s;
        QTest::newRow("day after times") << u"Mo-Fr 09:00-21:00 Sa"_s << u"unexpected 'Sa'"_s;
        QTest::newRow("day range to nothing") << u"Mo- 09:00-21:00"_s << u"expected a day"_s;
        QTest::newRow("only a semicolon") << u";"_s << u"empty rule"_s;
    }

    void refuses()
    {
        QFETCH(QString, hours);
        QFETCH(QString, error);
        const OpeningHours parsed = OpeningHours::parse(hours);
        QVERIFY(!parsed.isValid());
        QVERIFY2(parsed.error().contains(error), qPrintable(parsed.error()));
        QVERIFY(!parsed.isOpenAt(on(1, 12, 0)));
        QVERIFY(!parsed.isAlwaysOpen());
    }

    void isOpenAt_data()
    {
        QTest::addColumn<QString>("hours");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<bool>("open");

        const QString week = u"Mo-Fr 09:00-21:00; Sa 10:00-14:00; Su off"_s;
        QTest::newRow("a second before opening") << week << on(1, 8, 59, 59) << false;
        QTest::newRow("at opening") << week << on(1, 9, 0) << true;
        QTest::newRow("a second before closing") << week << on(1, 20, 59, 59) << true;
        QTest::newRow("at closing") << week << on(1, 21, 0) << false;
        QTest::newRow("Saturday morning") << week << on(6, 13, 59) << true;
        QTest::newRow("Saturday at closing") << week << on(6, 14, 0) << false;
        QTest::newRow("Sunday off") << week << on(7, 12, 0) << false;

        const QString split = u"Mo-Fr 09:00-14:00,17:00-20:00"_s;
        QTest::newRow("lunch break") << split << on(2, 15, 0) << false;
        QTest::newRow("afternoon") << split << on(2, 17, 0) << true;

        const QString night = u"Fr 22:00-02:00"_s;
        QTest::newRow("night: before") << night << on(5, 21, 59, 59) << false;
        QTest::newRow("night: opening") << night << on(5, 22, 0) << true;
        QTest::newRow("night: midnight") << night << on(6, 0, 0) << true;
        QTest::newRow("night: just before closing") << night << on(6, 1, 59, 59) << true;
        QTest::newRow("night: closing") << night << on(6, 2, 0) << false;
        QTest::newRow("night: not Friday's small hours") << night << on(5, 1, 0) << false;
        QTest::newRow("night: not Thursday") << night << on(4, 23, 0) << false;

        QTest::newRow("Sunday night into Monday") << u"Su 23:00-01:00"_s << on(1, 0, 30) << true;
        QTest::newRow("Sunday night, Monday at closing") << u"Su 23:00-01:00"_s << on(1, 1, 0) << false;
        QTest::newRow("spill-over stays after a later rule")
            << u"Fr 22:00-02:00; Sa off"_s << on(6, 1, 0) << true;
        QTest::newRow("until 24:00: last second") << u"Mo 18:00-24:00"_s << on(1, 23, 59, 59) << true;
        QTest::newRow("until 24:00: Tuesday midnight") << u"Mo 18:00-24:00"_s << on(2, 0, 0) << false;
        QTest::newRow("24/7 at midnight") << u"24/7"_s << on(7, 0, 0) << true;
        QTest::newRow("days only") << u"Mo-Fr"_s << on(3, 3, 0) << true;
        QTest::newRow("days only: weekend") << u"Mo-Fr"_s << on(6, 3, 0) << false;
        // The wall clock of the value is used as it is: 10:30 at UTC+2 is 10:30 in the city.
        QTest::newRow("own clock, not UTC")
            << u"Mo 10:00-11:00"_s << QDateTime(QDate(2026, 3, 16), QTime(10, 30), QTimeZone::fromSecondsAheadOfUtc(7200))
            << true;
        QTest::newRow("invalid moment") << u"24/7"_s << QDateTime() << false;
    }

    void isOpenAt()
    {
        QFETCH(QString, hours);
        QFETCH(QDateTime, at);
        QFETCH(bool, open);
        const OpeningHours parsed = OpeningHours::parse(hours);
        QVERIFY2(parsed.isValid(), qPrintable(parsed.error()));
        QCOMPARE(parsed.isOpenAt(at), open);
    }

    void alwaysOpen_data()
    {
        QTest::addColumn<QString>("hours");
        QTest::addColumn<bool>("always");
        QTest::newRow("24/7") << u"24/7"_s << true;
        QTest::newRow("all day every day") << u"Mo-Su 00:00-24:00"_s << true;
        QTest::newRow("two halves") << u"Mo-Su 00:00-12:00,12:00-24:00"_s << true;
        QTest::newRow("days only, all of them") << u"Mo-Su"_s << true;
        QTest::newRow("a gap of a minute") << u"Mo-Su 00:00-12:00,12:01-24:00"_s << false;
        QTest::newRow("not on Sunday") << u"Mo-Sa 00:00-24:00"_s << false;
        QTest::newRow("24/7 but Sunday") << u"24/7; Su off"_s << false;
    }

    void alwaysOpen()
    {
        QFETCH(QString, hours);
        QFETCH(bool, always);
        const OpeningHours parsed = OpeningHours::parse(hours);
        QVERIFY2(parsed.isValid(), qPrintable(parsed.error()));
        QCOMPARE(parsed.isAlwaysOpen(), always);
    }

    void defaultIsInvalid()
    {
        const OpeningHours none;
        QVERIFY(!none.isValid());
        QVERIFY(!none.isOpenAt(on(1, 12, 0)));
        QVERIFY(none.ranges(1).isEmpty());
        QVERIFY(none.ranges(0).isEmpty());
        QVERIFY(none.ranges(8).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOpeningHours)
#include "tst_openinghours.moc"
