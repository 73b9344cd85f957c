#include "feeds/feedconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace atalaya::feeds;
using namespace Qt::StringLiterals;

namespace {

// A valid feed of each kind, to sit beside the feed under test: a bad feed must cost only itself.
const char *const kGoodSentilo =
    R"({"id": "good", "kind": "sentilo", "url": "http://127.0.0.1:8081", "provider": "demo"})";

FeedsFile parseOne(const QByteArray &feed)
{
    return parseFeeds("{\"version\": 1, \"feeds\": [" + QByteArray(kGoodSentilo) + ", " + feed + "]}");
}

QString problemsText(const FeedsFile &file)
{
    QStringList lines;
    for (const FeedConfigProblem &p : file.problems)
        lines.append(p.toText());
    return lines.join(u'\n');
}

} // namespace

class TestFeedConfig : public QObject
{
    Q_OBJECT

private slots:
    void everyKindWithEveryField();
    void defaults();
    void problemsNameFeedAndField_data();
    void problemsNameFeedAndField();
    void unknownFieldIsReportedNotFatal();
    void duplicateIdSkipsTheSecond();
    void notJsonSaysWhere();
    void wrongShapeIsRefused();
    void bareArrayIsAccepted();
    void identityKeyFromEnvironment();
    void saveAndLoadRoundTrip();
    void saveToUnwritablePathSaysWhy();
    void documentedExamplesLoad();
};

void TestFeedConfig::everyKindWithEveryField()
{
    const QByteArray json = R"({
      "version": 1,
      "feeds": [
        {"id": "bcn", "name": "Barcelona beaches", "kind": "sentilo", "url": "https://sentilo.example.org/api/",
         "provider": "platges", "identityKey": "secret", "sensors": ["occ-a", "occ-b"], "limit": 500,
         "catchUpSeconds": 7200, "catalogRefreshSeconds": 600, "cadenceSeconds": 300, "timeoutSeconds": 2.5,
         "staleAfterSeconds": 900, "paused": true, "retry": {"baseMs": 100, "capSeconds": 30, "maxRetries": 5}},
        {"id": "orion", "kind": "ngsi", "url": "http://orion.example.org:1026", "fiwareService": "porto",
         "fiwareServicePath": "/parking", "types": ["OffStreetParking", "Beach"], "representation": "normalized",
         "limit": 1000, "poll": false, "notificationPort": 0, "notificationAddress": "0.0.0.0",
         "notificationUrl": "http://atalaya.example.org:1028/notify", "subscribe": false},
        {"id": "csv", "kind": "http", "url": "http://data.example.org/aforos.csv", "headers": {"X-Api-Key": "k"},
         "mapping": {"format": "csv", "recordsPath": "", "sensorField": "sensor", "valueField": "personas",
                     "timeField": "fecha", "timeFormat": "dd/MM/yyyy HH:mm", "latField": "lat", "lonField": "lon",
                     "typeField": "tipo", "unitField": "unidad", "defaultType": "occupied_spots", "defaultUnit": "spots"}},
        {"id": "drop", "kind": "file", "path": "/srv/incoming", "pattern": "*.csv *.json",
         "mapping": {"sensorField": "s", "valueField": "v"}}
      ]})";
    const FeedsFile file = parseFeeds(json);
    QVERIFY2(file.ok(), qPrintable(file.error));
    QVERIFY2(file.problems.isEmpty(), qPrintable(problemsText(file)));
    QCOMPARE(file.feeds.size(), 4);

    const FeedConfig &s = file.feeds[0];
    QCOMPARE(s.id, u"bcn"_s);
    QCOMPARE(s.name, u"Barcelona beaches"_s);
    QCOMPARE(s.kind, FeedConfig::Kind::Sentilo);
    QCOMPARE(s.url, QUrl(u"https://sentilo.example.org/api/"_s));
    QCOMPARE(s.provider, u"platges"_s);
    QCOMPARE(s.identityKey, u"secret"_s);
    QCOMPARE(s.sensors, (QStringList{u"occ-a"_s, u"occ-b"_s}));
    QCOMPARE(s.limit, 500);
    QCOMPARE(s.catchUpSeconds, 7200);
    QCOMPARE(s.catalogRefreshSeconds, 600);
    QCOMPARE(s.cadenceSeconds, 300);
    QCOMPARE(s.timeoutSeconds, 2.5);
    QCOMPARE(s.staleAfter(), 900);
    QVERIFY(s.paused);
    QCOMPARE(s.retry, (RetryPolicy{100, 30, 5}));
    QCOMPARE(s.storeProvider(), u"platges"_s);

    const FeedConfig &n = file.feeds[1];
    QCOMPARE(n.kind, FeedConfig::Kind::Ngsi);
    QCOMPARE(n.fiwareService, u"porto"_s);
    QCOMPARE(n.fiwareServicePath, u"/parking"_s);
    QCOMPARE(n.types, (QStringList{u"OffStreetParking"_s, u"Beach"_s}));
    QCOMPARE(n.ngsiFormat, FeedConfig::NgsiFormat::Normalized);
    QCOMPARE(n.limit, 1000);
    QVERIFY(!n.poll);
    QCOMPARE(n.notificationPort, 0);
    QCOMPARE(n.notificationAddress, u"0.0.0.0"_s);
    QCOMPARE(n.notificationUrl, QUrl(u"http://atalaya.example.org:1028/notify"_s));
    QVERIFY(!n.subscribe);
    QCOMPARE(n.storeProvider(), u"porto"_s);

    const FeedConfig &h = file.feeds[2];
    QCOMPARE(h.kind, FeedConfig::Kind::Http);
    QCOMPARE(h.headers.value(u"X-Api-Key"_s), u"k"_s);
    QCOMPARE(h.mapping.format, FieldMapping::Format::Csv);
    QCOMPARE(h.mapping.sensorField, u"sensor"_s);
    QCOMPARE(h.mapping.valueField, u"personas"_s);
    QCOMPARE(h.mapping.timeField, u"fecha"_s);
    QCOMPARE(h.mapping.timeFormat, u"dd/MM/yyyy HH:mm"_s);
    QCOMPARE(h.mapping.latField, u"lat"_s);
    QCOMPARE(h.mapping.lonField, u"lon"_s);
    QCOMPARE(h.mapping.typeField, u"tipo"_s);
    QCOMPARE(h.mapping.unitField, u"unidad"_s);
    QCOMPARE(h.mapping.defaultType, u"occupied_spots"_s);
    QCOMPARE(h.mapping.defaultUnit, u"spots"_s);
    QCOMPARE(h.storeProvider(), u"csv"_s);

    const FeedConfig &f = file.feeds[3];
    QCOMPARE(f.kind, FeedConfig::Kind::File);
    QCOMPARE(f.path, u"/srv/incoming"_s);
    QCOMPARE(f.pattern, u"*.csv *.json"_s);
    QVERIFY(f.formatFromExtension); // "auto" is a file feed's default
}

void TestFeedConfig::defaults()
{
    const FeedsFile file = parseFeeds(R"({"feeds": [
        {"id": "s", "kind": "sentilo", "url": "http://h", "provider": "p"},
        {"id": "n", "kind": "ngsi", "url": "http://h"},
        {"id": "h", "kind": "http", "url": "http://h/x.json", "mapping": {"sensorField": "s", "valueField": "v"}}]})");
    QVERIFY2(file.problems.isEmpty(), qPrintable(problemsText(file)));
    QCOMPARE(file.feeds.size(), 3);
    const FeedConfig &s = file.feeds[0];
    QCOMPARE(s.name, u"s"_s);
    QCOMPARE(s.cadenceSeconds, 60);
    QCOMPARE(s.staleAfter(), 120); // twice the cadence
    QCOMPARE(s.timeoutSeconds, 10.0);
    QVERIFY(!s.paused);
    QCOMPARE(s.retry, RetryPolicy{});
    QCOMPARE(s.limit, 100);
    QCOMPARE(s.catchUpSeconds, 86400);
    const FeedConfig &n = file.feeds[1];
    QCOMPARE(n.ngsiFormat, FeedConfig::NgsiFormat::KeyValues);
    QCOMPARE(n.notificationPort, -1);
    QVERIFY(n.poll);
    QCOMPARE(n.storeProvider(), u"fiware"_s);
    const FeedConfig &h = file.feeds[2];
    QCOMPARE(h.mapping.format, FieldMapping::Format::Json);
    QVERIFY(!h.formatFromExtension);
    QCOMPARE(h.mapping.timeFormat, QString()); // ISO 8601
    QCOMPARE(h.mapping.defaultType, u"people_count"_s);
}

void TestFeedConfig::problemsNameFeedAndField_data()
{
    QTest::addColumn<QByteArray>("feed");
    QTest::addColumn<QString>("feedId");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("why"); // a regular expression the message must match

    QTest::newRow("no id") << QByteArray(R"({"kind": "sentilo", "url": "http://h", "provider": "p"})")
                           << QString() << u"id"_s << u"required"_s;
    QTest::newRow("bad id") << QByteArray(R"({"id": "a b", "kind": "sentilo", "url": "http://h", "provider": "p"})")
                            << QString() << u"id"_s << u"not usable"_s;
    QTest::newRow("no kind") << QByteArray(R"({"id": "x", "url": "http://h"})") << u"x"_s << u"kind"_s << u"required"_s;
    QTest::newRow("unknown kind") << QByteArray(R"({"id": "x", "kind": "mqtt", "url": "http://h"})")
                                  << u"x"_s << u"kind"_s << u"expected sentilo, ngsi, http or file, found \"mqtt\""_s;
    QTest::newRow("cadence text") << QByteArray(R"({"id": "x", "kind": "sentilo", "url": "http://h", "provider": "p", "cadenceSeconds": "fast"})")
                                  << u"x"_s << u"cadenceSeconds"_s << u"whole number.*found \"fast\""_s;
    QTest::newRow("cadence zero") << QByteArray(R"({"id": "x", "kind": "sentilo", "url": "http://h", "provider": "p", "cadenceSeconds": 0})")
                                  << u"x"_s << u"cadenceSeconds"_s << u"from 1 to"_s;
    QTest::newRow("cadence fraction") << QByteArray(R"({"id": "x", "kind": "sentilo", "url": "http://h", "provider": "p", "cadenceSeconds": 1.5})")
                                      << u"x"_s << u"cadenceSeconds"_s << u"whole number.*found 1.5"_s;
    QTest::newRow("timeout negative") << QByteArray(R"({"id": "x", "kind": "sentilo", "url": "http://h", "provider": "p", "timeoutSeconds": -1})")
                                      << u"x"_s << u"timeoutSeconds"_s << u"above 0"_s;
    QTest::newRow("paused text") << QByteArray(R"({"id": "x", "kind": "sentilo", "url": "http://h", "provider": "p", "paused": "yes"})")
                                 << u"x"_s << u"paused"_s << u"true or false"_s;
    QTest::newRow("no url") << QByteArray(R"({"id": "x", "kind": "sentilo", "provider": "p"})")
                            << u"x"_s << u"url"_s << u"required"_s;
    QTest::newRow("ftp url") << QByteArray(R"({"id": "x", "kind": "ngsi", "url": "ftp://h/x"})")
                             << u"x"_s << u"url"_s << u"http:// or https://"_s;
    QTest::newRow("no provider") << QByteArray(R"({"id": "x", "kind": "sentilo", "url": "http://h"})")
                                 << u"x"_s << u"provider"_s << u"required"_s;
    QTest::newRow("sensors not list") << QByteArray(R"({"id": "x", "kind": "sentilo", "url": "http://h", "provider": "p", "sensors": "a"})")
                                      << u"x"_s << u"sensors"_s << u"list of texts"_s;
    QTest::newRow("sensor empty") << QByteArray(R"({"id": "x", "kind": "sentilo", "url": "http://h", "provider": "p", "sensors": ["a", ""]})")
                                  << u"x"_s << u"sensors[1]"_s << u"non-empty text"_s;
    QTest::newRow("key twice") << QByteArray(R"({"id": "x", "kind": "sentilo", "url": "http://h", "provider": "p", "identityKey": "a", "identityKeyEnv": "B"})")
                               << u"x"_s << u"identityKeyEnv"_s << u"not both"_s;
    QTest::newRow("retry base") << QByteArray(R"({"id": "x", "kind": "sentilo", "url": "http://h", "provider": "p", "retry": {"baseMs": 0}})")
                                << u"x"_s << u"retry.baseMs"_s << u"from 1 to"_s;
    QTest::newRow("representation") << QByteArray(R"({"id": "x", "kind": "ngsi", "url": "http://h", "representation": "compact"})")
                                    << u"x"_s << u"representation"_s << u"keyValues or normalized"_s;
    QTest::newRow("ngsi limit") << QByteArray(R"({"id": "x", "kind": "ngsi", "url": "http://h", "limit": 5000})")
                                << u"x"_s << u"limit"_s << u"from 1 to 1000"_s;
    QTest::newRow("service path") << QByteArray(R"({"id": "x", "kind": "ngsi", "url": "http://h", "fiwareServicePath": "parking"})")
                                  << u"x"_s << u"fiwareServicePath"_s << u"start with '/'"_s;
    QTest::newRow("port") << QByteArray(R"({"id": "x", "kind": "ngsi", "url": "http://h", "notificationPort": 70000})")
                          << u"x"_s << u"notificationPort"_s << u"from 0 to 65535"_s;
    QTest::newRow("address") << QByteArray(R"({"id": "x", "kind": "ngsi", "url": "http://h", "notificationPort": 1, "notificationAddress": "my-host"})")
                             << u"x"_s << u"notificationAddress"_s << u"IP address"_s;
    QTest::newRow("no poll, no port") << QByteArray(R"({"id": "x", "kind": "ngsi", "url": "http://h", "poll": false})")
                                      << u"x"_s << u"poll"_s << u"needs a notificationPort"_s;
    QTest::newRow("http no mapping") << QByteArray(R"({"id": "x", "kind": "http", "url": "http://h/x"})")
                                     << u"x"_s << u"mapping"_s << u"required"_s;
    QTest::newRow("mapping no value") << QByteArray(R"({"id": "x", "kind": "http", "url": "http://h/x", "mapping": {"sensorField": "s"}})")
                                      << u"x"_s << u"mapping.valueField"_s << u"required"_s;
    QTest::newRow("mapping format") << QByteArray(R"({"id": "x", "kind": "http", "url": "http://h/x", "mapping": {"format": "xml", "sensorField": "s", "valueField": "v"}})")
                                    << u"x"_s << u"mapping.format"_s << u"json, csv or geojson, found \"xml\""_s;
    QTest::newRow("mapping lat alone") << QByteArray(R"({"id": "x", "kind": "file", "path": "/tmp", "mapping": {"sensorField": "s", "valueField": "v", "latField": "y"}})")
                                       << u"x"_s << u"mapping.lonField"_s << u"both or neither"_s;
    QTest::newRow("header not text") << QByteArray(R"({"id": "x", "kind": "http", "url": "http://h/x", "headers": {"A": 1}, "mapping": {"sensorField": "s", "valueField": "v"}})")
                                     << u"x"_s << u"headers.A"_s << u"expected text"_s;
    QTest::newRow("file no path") << QByteArray(R"({"id": "x", "kind": "file", "mapping": {"sensorField": "s", "valueField": "v"}})")
                                  << u"x"_s << u"path"_s << u"required"_s;
    QTest::newRow("not an object") << QByteArray(R"("sentilo")") << QString() << QString() << u"expected a feed object"_s;
}

void TestFeedConfig::problemsNameFeedAndField()
{
    QFETCH(QByteArray, feed);
    QFETCH(QString, feedId);
    QFETCH(QString, field);
    QFETCH(QString, why);

    const FeedsFile file = parseOne(feed);
    QVERIFY2(file.ok(), qPrintable(file.error));
    // The good feed loads, the bad one does not.
    QCOMPARE(file.feeds.size(), 1);
    QCOMPARE(file.feeds[0].id, u"good"_s);

    const auto it = std::find_if(file.problems.cbegin(), file.problems.cend(), [&](const FeedConfigProblem &p) {
        return p.field == field && p.skipped;
    });
    QVERIFY2(it != file.problems.cend(), qPrintable(u"no skipping problem on field '%1' in:\n%2"_s.arg(field, problemsText(file))));
    QCOMPARE(it->feedNumber, 2);
    QCOMPARE(it->feedId, feedId);
    QVERIFY2(QRegularExpression(why).match(it->message).hasMatch(), qPrintable(it->message));
    // The sentence a person reads names the feed, the field and the outcome.
    const QString text = it->toText();
    QVERIFY2(text.startsWith(feedId.isEmpty() ? u"feed 2"_s : u"feed 2 (\"%1\")"_s.arg(feedId)), qPrintable(text));
    if (!field.isEmpty())
        QVERIFY2(text.contains(u"field "_s + field), qPrintable(text));
    QVERIFY2(text.endsWith(u"the feed is skipped"_s), qPrintable(text));
}

void TestFeedConfig::unknownFieldIsReportedNotFatal()
{
    const FeedsFile file = parseOne(R"({"id": "x", "kind": "sentilo", "url": "http://h", "provider": "p", "cadenseSeconds": 30})");
    QCOMPARE(file.feeds.size(), 2);
    QCOMPARE(file.problems.size(), 1);
    QCOMPARE(file.problems[0].field, u"cadenseSeconds"_s);
    QCOMPARE(file.problems[0].feedId, u"x"_s);
    QVERIFY(!file.problems[0].skipped);
    QVERIFY2(file.problems[0].toText().contains(u"ignored"_s), qPrintable(file.problems[0].toText()));
    QCOMPARE(file.feeds[1].cadenceSeconds, 60);
}

void TestFeedConfig::duplicateIdSkipsTheSecond()
{
    const FeedsFile file = parseOne(R"({"id": "good", "kind": "ngsi", "url": "http://other"})");
    QCOMPARE(file.feeds.size(), 1);
    QCOMPARE(file.feeds[0].kind, FeedConfig::Kind::Sentilo);
    QCOMPARE(file.problems.size(), 1);
    QCOMPARE(file.problems[0].feedNumber, 2);
    QCOMPARE(file.problems[0].field, u"id"_s);
    QVERIFY(file.problems[0].skipped);
    QVERIFY(file.problems[0].message.contains(u"already the id"_s));
}

void TestFeedConfig::notJsonSaysWhere()
{
    const FeedsFile file = parseFeeds("{\n  \"feeds\": [\n    {\"id\": \"x\",}\n  ]\n}");
    QVERIFY(!file.ok());
    QVERIFY(file.feeds.isEmpty());
    QVERIFY2(file.error.contains(u"line 3"_s), qPrintable(file.error));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"feeds.json"_s);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("not json");
    out.close();
    const FeedsFile loaded = loadFeedsFile(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error.contains(path), qPrintable(loaded.error));

    const FeedsFile missing = loadFeedsFile(dir.filePath(u"absent.json"_s));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error.contains(u"absent.json"_s), qPrintable(missing.error));
}

void TestFeedConfig::wrongShapeIsRefused()
{
    QVERIFY(!parseFeeds(R"({"feeds": {}})").ok());
    QVERIFY(!parseFeeds(R"("feeds")").ok());
    const FeedsFile newer = parseFeeds(R"({"version": 2, "feeds": []})");
    QVERIFY(!newer.ok());
    QVERIFY2(newer.error.contains(u"version"_s), qPrintable(newer.error));
    const FeedsFile extra = parseFeeds(R"({"feeds": [], "comment": "x"})");
    QVERIFY(extra.ok());
    QCOMPARE(extra.problems.size(), 1);
    QCOMPARE(extra.problems[0].feedNumber, 0);
    QCOMPARE(extra.problems[0].field, u"comment"_s);
}

void TestFeedConfig::bareArrayIsAccepted()
{
    const FeedsFile file = parseFeeds("[" + QByteArray(kGoodSentilo) + "]");
    QVERIFY(file.ok());
    QCOMPARE(file.feeds.size(), 1);
}

void TestFeedConfig::identityKeyFromEnvironment()
{
    const FeedsFile file = parseOne(R"({"id": "x", "kind": "sentilo", "url": "http://h", "provider": "p", "identityKeyEnv": "ATALAYA_TEST_SENTILO_KEY"})");
    QCOMPARE(file.feeds.size(), 2);
    qputenv("ATALAYA_TEST_SENTILO_KEY", "from-env");
    QCOMPARE(file.feeds[1].resolvedIdentityKey(), u"from-env"_s);
    qunsetenv("ATALAYA_TEST_SENTILO_KEY");
    QCOMPARE(file.feeds[1].resolvedIdentityKey(), QString());
}

void TestFeedConfig::saveAndLoadRoundTrip()
{
    FeedConfig sentilo;
    sentilo.id = u"bcn"_s;
    sentilo.name = u"Platges de Barcelona"_s;
    sentilo.kind = FeedConfig::Kind::Sentilo;
    sentilo.url = QUrl(u"https://sentilo.example.org"_s);
    sentilo.provider = u"platges"_s;
    sentilo.identityKeyEnv = u"KEY"_s;
    sentilo.sensors = {u"a"_s, u"b"_s};
    sentilo.limit = 250;
    sentilo.catchUpSeconds = 0;
    sentilo.timeoutSeconds = 0.75;
    sentilo.staleAfterSeconds = 1000;
    sentilo.paused = true;
    sentilo.retry = {10, 20, 0};

    FeedConfig ngsi;
    ngsi.id = u"orion"_s;
    ngsi.name = ngsi.id;
    ngsi.kind = FeedConfig::Kind::Ngsi;
    ngsi.url = QUrl(u"http://orion:1026"_s);
    ngsi.fiwareService = u"s"_s;
    ngsi.fiwareServicePath = u"/p"_s;
    ngsi.types = {u"Beach"_s};
    ngsi.ngsiFormat = FeedConfig::NgsiFormat::Normalized;
    ngsi.notificationPort = 1028;
    ngsi.notificationAddress = u"0.0.0.0"_s;
    ngsi.notificationUrl = QUrl(u"http://me:1028/notify"_s);
    ngsi.subscribe = false;
    ngsi.poll = false;

    FeedConfig http;
    http.id = u"csv"_s;
    http.name = u"CSV"_s;
    http.kind = FeedConfig::Kind::Http;
    http.url = QUrl(u"http://h/a.csv?x=1"_s);
    http.headers.insert(u"X-Key"_s, u"v"_s);
    http.mapping.format = FieldMapping::Format::GeoJson;
    http.mapping.recordsPath = u"a.b"_s;
    http.mapping.sensorField = u"s"_s;
    http.mapping.valueField = u"v"_s;
    http.mapping.timeField = u"t"_s;
    http.mapping.timeFormat = u"epoch_ms"_s;
    http.mapping.latField = u"y"_s;
    http.mapping.lonField = u"x"_s;
    http.mapping.defaultUnit = u"people"_s;

    FeedConfig file;
    file.id = u"drop"_s;
    file.name = file.id;
    file.kind = FeedConfig::Kind::File;
    file.path = u"/srv/in"_s;
    file.pattern = u"*.csv"_s;
    file.formatFromExtension = true;
    file.mapping.sensorField = u"s"_s;
    file.mapping.valueField = u"v"_s;

    const QList<FeedConfig> feeds{sentilo, ngsi, http, file};
    QTemporaryDir dir;
    const QString path = dir.filePath(u"feeds.json"_s);
    QCOMPARE(saveFeedsFile(path, feeds), QString());
    const FeedsFile loaded = loadFeedsFile(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QVERIFY2(loaded.problems.isEmpty(), qPrintable(problemsText(loaded)));
    QCOMPARE(loaded.feeds.size(), feeds.size());
    for (qsizetype i = 0; i < feeds.size(); ++i)
        QVERIFY2(loaded.feeds[i] == feeds[i], qPrintable(feeds[i].id));
    // Fields at their defaults are left out, so the file stays readable.
    const QByteArray text = feedsToJson({http});
    QVERIFY(!text.contains("\"catchUpSeconds\""));
    QVERIFY(!text.contains("\"provider\""));
}

void TestFeedConfig::saveToUnwritablePathSaysWhy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing-folder/feeds.json"_s);
    const QString error = saveFeedsFile(path, {});
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(path), qPrintable(error));
}

void TestFeedConfig::documentedExamplesLoad()
{
    // Every feed example in docs/feeds.md loads without a problem: the documentation cannot
    // drift from what the reader accepts.
    const QString docs = QFINDTESTDATA("../../docs/feeds.md");
    QVERIFY2(!docs.isEmpty(), "docs/feeds.md not found");
    QFile file(docs);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression block(u"```json\\n(.*?)```"_s, QRegularExpression::DotMatchesEverythingOption);
    int feeds = 0;
    for (auto it = block.globalMatch(text); it.hasNext();) {
        const QByteArray json = it.next().captured(1).toUtf8();
        const QJsonDocument document = QJsonDocument::fromJson(json);
        if (!document.isObject())
            continue; // a fragment, such as the retry object on its own
        const QByteArray wrapped = document.object().contains(u"feeds"_s) ? json : "{\"feeds\": [" + json + "]}";
        const FeedsFile loaded = parseFeeds(wrapped);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QVERIFY2(loaded.problems.isEmpty(), qPrintable(problemsText(loaded) + u"\nin\n"_s + QString::fromUtf8(json)));
        feeds += int(loaded.feeds.size());
    }
    QCOMPARE(feeds, 5);
}

QTEST_GUILESS_MAIN(TestFeedConfig)
#include "tst_feedconfig.moc"
