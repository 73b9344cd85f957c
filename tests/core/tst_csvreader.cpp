#include "io/csvreader.h"

#include <QTest>

#include <cmath>

using atalaya::CsvReader;
using atalaya::GeoPoint;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CsvReader::Encoding)

/** The CSV dialects open-data portals publish, each read to the same table. */
class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void dialects_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<CsvReader::Encoding>("encoding");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<bool>("trailing");

        const QStringList header = {u"name"_s, u"beds"_s};
        using Rows = QList<QStringList>;

        QTest::newRow("comma LF") << "name,beds\nA,1\nB,2\n"_ba << u","_s << CsvReader::Encoding::Utf8 << header
                                  << Rows{{u"A"_s, u"1"_s}, {u"B"_s, u"2"_s}} << QList<int>{2, 3} << false;
        QTest::newRow("semicolon CRLF") << "name;beds\r\nA;1\r\nB;2\r\n"_ba << u";"_s << CsvReader::Encoding::Utf8
                                        << header << Rows{{u"A"_s, u"1"_s}, {u"B"_s, u"2"_s}} << QList<int>{2, 3}
                                        << false;
        QTest::newRow("tab") << "name\tbeds\nA\t1\n"_ba << u"tab"_s << CsvReader::Encoding::Utf8 << header
                             << Rows{{u"A"_s, u"1"_s}} << QList<int>{2} << false;
        QTest::newRow("pipe") << "name|beds\nA|1\n"_ba << u"|"_s << CsvReader::Encoding::Utf8 << header
                              << Rows{{u"A"_s, u"1"_s}} << QList<int>{2} << false;
        // Decimal commas split every data row on ',' but not the header: ';' must win.
        QTest::newRow("semicolon with decimal commas")
            << "name;beds\nA;1,5\nB;2,5\n"_ba << u";"_s << CsvReader::Encoding::Utf8 << header
            << Rows{{u"A"_s, u"1,5"_s}, {u"B"_s, u"2,5"_s}} << QList<int>{2, 3} << false;
        // A delimiter inside quotes does not count when sniffing.
        QTest::newRow("quoted delimiters") << "name;beds\n\"A; the first\";1\n\"B;x\";2\n"_ba << u";"_s
                                           << CsvReader::Encoding::Utf8 << header
                                           << Rows{{u"A; the first"_s, u"1"_s}, {u"B;x"_s, u"2"_s}}
                                           << QList<int>{2, 3} << false;
        QTest::newRow("doubled quotes and newline in quotes")
            << "name,beds\n\"Sanatorio \"\"Sol\"\"\nAnexo\",3\nC,4\n"_ba << u","_s << CsvReader::Encoding::Utf8
            << header << Rows{{u"Sanatorio \"Sol\"\nAnexo"_s, u"3"_s}, {u"C"_s, u"4"_s}} << QList<int>{2, 4} << false;
        QTest::newRow("CRLF inside quotes") << "name,beds\r\n\"a\r\nb\",1\r\nC,2\r\n"_ba << u","_s
                                            << CsvReader::Encoding::Utf8 << header
                                            << Rows{{u"a\nb"_s, u"1"_s}, {u"C"_s, u"2"_s}} << QList<int>{2, 4} << false;
        QTest::newRow("trailing separator") << "name;beds;\nA;1;\nB;;\n"_ba << u";"_s << CsvReader::Encoding::Utf8
                                            << header << Rows{{u"A"_s, u"1"_s}, {u"B"_s, QString()}}
                                            << QList<int>{2, 3} << true;
        QTest::newRow("blank lines skipped") << "name,beds\n\nA,1\n   \n,\nB,2"_ba << u","_s
                                             << CsvReader::Encoding::Utf8 << header
                                             << Rows{{u"A"_s, u"1"_s}, {u"B"_s, u"2"_s}} << QList<int>{3, 6} << false;
        QTest::newRow("quoted empty field is not blank") << "name,beds\n\"\",\n"_ba << u","_s
                                                         << CsvReader::Encoding::Utf8 << header
                                                         << Rows{{QString(), QString()}} << QList<int>{2} << false;
        QTest::newRow("UTF-8 BOM") << "\xEF\xBB\xBFname,beds\nCl\xC3\xADnica,1\n"_ba << u","_s
                                   << CsvReader::Encoding::Utf8WithBom << header << Rows{{u"Clínica"_s, u"1"_s}}
                                   << QList<int>{2} << false;
        QTest::newRow("Latin-1") << "name;beds\nCl\xEDnica Espa\xF1" "a;1\n"_ba << u";"_s
                                 << CsvReader::Encoding::Windows1252 << header
                                 << Rows{{u"Clínica España"_s, u"1"_s}} << QList<int>{2} << false;
        QTest::newRow("Windows-1252 euro and quotes") << "name;beds\n\x93Sol\x94 \x80;1\n"_ba << u";"_s
                                                      << CsvReader::Encoding::Windows1252 << header
                                                      << Rows{{u"“Sol” €"_s, u"1"_s}} << QList<int>{2} << false;
        QTest::newRow("spaces around fields and before quotes")
            << "name, beds\n  A , \"1\"\n"_ba << u","_s << CsvReader::Encoding::Utf8 << header
            << Rows{{u"A"_s, u"1"_s}} << QList<int>{2} << false;
        QTest::newRow("no final newline") << "name,beds\nA,1"_ba << u","_s << CsvReader::Encoding::Utf8 << header
                                          << Rows{{u"A"_s, u"1"_s}} << QList<int>{2} << false;
        QTest::newRow("old Mac CR") << "name,beds\rA,1\rB,2"_ba << u","_s << CsvReader::Encoding::Utf8 << header
                                    << Rows{{u"A"_s, u"1"_s}, {u"B"_s, u"2"_s}} << QList<int>{2, 3} << false;
    }

    void dialects()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, delimiter);
        QFETCH(CsvReader::Encoding, encoding);
        QFETCH(QStringList, header);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QList<int>, lines);
        QFETCH(bool, trailing);

        CsvReader reader;
        QVERIFY2(reader.read(data), qPrintable(reader.errorString()));
        QCOMPARE(CsvReader::delimiterName(reader.delimiter()), delimiter);
        QCOMPARE(reader.encoding(), encoding);
        QCOMPARE(reader.header(), header);
        QCOMPARE(reader.hasTrailingSeparator(), trailing);
        QCOMPARE(reader.records().size(), rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(reader.records().at(i).fields, rows.at(i));
            QCOMPARE(reader.records().at(i).line, lines.at(i));
        }
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("unterminated quote") << "name,beds\nA,1\n\"B,2\nC,3\n"_ba << 3 << u"Line 3"_s;
        QTest::newRow("unterminated after a quoted newline") << "name,beds\n\"A\nA\",1\nB,\"2\n"_ba << 4 << u"Line 4"_s;
        QTest::newRow("empty") << " \n\n"_ba << 0 << u"empty"_s;
        QTest::newRow("PNG") << "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"_ba << 0 << u"not text"_s;
        QTest::newRow("zip (xlsx)") << "PK\x03\x04\x14\x00\x06\x00"_ba << 0 << u"not text"_s;
    }

    void malformed()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        CsvReader reader;
        QVERIFY(!reader.read(data));
        QCOMPARE(reader.errorLine(), line);
        QVERIFY2(reader.errorString().contains(mentions), qPrintable(reader.errorString()));
        QVERIFY(reader.records().isEmpty());
    }

    void unterminatedQuoteFixture()
    {
        const QString path = QFINDTESTDATA("../data/hospitals/unterminated_quote.csv");
        QVERIFY(!path.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader;
        QVERIFY(!reader.read(file.readAll()));
        QCOMPARE(reader.errorLine(), 3);
    }

    void headerNormalisation_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("key");
        QTest::newRow("underscores") << u"Camas_Disponibles"_s << u"camasdisponibles"_s;
        QTest::newRow("spaces and case") << u"  CAMAS disponibles "_s << u"camasdisponibles"_s;
        QTest::newRow("accents") << u"Fecha de actualización"_s << u"fechadeactualizacion"_s;
        QTest::newRow("Portuguese") << u"Leitos UTI – ocupação"_s << u"leitosutiocupacao"_s;
        QTest::newRow("punctuation") << u"lat, lon"_s << u"latlon"_s;
    }

    void headerNormalisation()
    {
        QFETCH(QString, header);
        QFETCH(QString, key);
        QCOMPARE(CsvReader::normalizeHeader(header), key);
    }

    void findColumn_data()
    {
        QTest::addColumn<QString>("headerLine");
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("column");
        using C = CsvReader::CommonColumn;
        QTest::newRow("latitud") << u"Nombre;Latitud;Longitud"_s << int(C::Latitude) << 1;
        QTest::newRow("lng") << u"name,lat,lng"_s << int(C::Longitude) << 2;
        QTest::newRow("long") << u"name,lat,long"_s << int(C::Longitude) << 2;
        QTest::newRow("LONGITUDE") << u"name,LATITUDE,LONGITUDE"_s << int(C::Longitude) << 2;
        QTest::newRow("nome") << u"Nome;Endereço"_s << int(C::Name) << 0;
        QTest::newRow("endereço") << u"Nome;Endereço"_s << int(C::Address) << 1;
        QTest::newRow("lat,lon in one") << u"nombre;\"lat,lon\""_s << int(C::LatLon) << 1;
        QTest::newRow("coordenadas") << u"nombre,coordenadas"_s << int(C::LatLon) << 1;
        QTest::newRow("fecha") << u"Hospital,Fecha"_s << int(C::Date) << 1;
        QTest::newRow("data (pt)") << u"Nome;Data"_s << int(C::Date) << 1;
        QTest::newRow("código postal") << u"nombre;Código Postal"_s << int(C::PostCode) << 1;
        QTest::newRow("absent") << u"nombre;camas"_s << int(C::Latitude) << -1;
    }

    void findColumn()
    {
        QFETCH(QString, headerLine);
        QFETCH(int, which);
        QFETCH(int, column);
        CsvReader reader;
        // The header repeated as the one data row keeps the sniffed delimiter unambiguous.
        QVERIFY(reader.read((headerLine + u'\n' + headerLine + u'\n').toUtf8()));
        QCOMPARE(reader.findColumn(CsvReader::CommonColumn(which)), column);
    }

    void numbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("value");
        QTest::newRow("decimal comma") << u"12,5"_s << true << 12.5;
        QTest::newRow("decimal point") << u"12.5"_s << true << 12.5;
        QTest::newRow("es thousands") << u"1.234,5"_s << true << 1234.5;
        QTest::newRow("en thousands") << u"1,234.5"_s << true << 1234.5;
        QTest::newRow("repeated thousands") << u"1.234.567"_s << true << 1234567.0;
        QTest::newRow("space thousands") << u"1 234,5"_s << true << 1234.5;
        QTest::newRow("negative coordinate") << u"-3,7038"_s << true << -3.7038;
        QTest::newRow("single point is decimal") << u"2.170"_s << true << 2.17;
        QTest::newRow("plus sign") << u"+4"_s << true << 4.0;
        QTest::newRow("empty") << u""_s << false << 0.0;
        QTest::newRow("text") << u"abc"_s << false << 0.0;
        QTest::newRow("bad grouping") << u"1.23.4"_s << false << 0.0;
        QTest::newRow("two decimal marks") << u"1,2,3.4.5"_s << false << 0.0;
        QTest::newRow("unit") << u"12 camas"_s << false << 0.0;
    }

    void numbers()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(double, value);
        const std::optional<double> parsed = CsvReader::parseNumber(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QVERIFY2(std::abs(*parsed - value) < 1e-9, qPrintable(QString::number(*parsed)));
    }

    void integers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("value");
        QTest::newRow("plain") << u"42"_s << true << qint64(42);
        QTest::newRow("es thousand") << u"1.234"_s << true << qint64(1234);
        QTest::newRow("en thousand") << u"1,234"_s << true << qint64(1234);
        QTest::newRow("es decimal zero") << u"12,0"_s << true << qint64(12);
        QTest::newRow("not whole") << u"12,5"_s << false << qint64(0);
        QTest::newRow("millions") << u"1.234.567"_s << true << qint64(1234567);
        QTest::newRow("mixed") << u"1.234,0"_s << true << qint64(1234);
        QTest::newRow("text") << u"n/d"_s << false << qint64(0);
    }

    void integers()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, value);
        const std::optional<qint64> parsed = CsvReader::parseInteger(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, value);
    }

    void latLon_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::newRow("comma") << u"41.38,2.17"_s << true << 41.38 << 2.17;
        QTest::newRow("comma space") << u"41.38, 2.17"_s << true << 41.38 << 2.17;
        QTest::newRow("semicolon decimal commas") << u"41,38;2,17"_s << true << 41.38 << 2.17;
        QTest::newRow("space decimal commas") << u"41,38 2,17"_s << true << 41.38 << 2.17;
        QTest::newRow("parentheses") << u"(19.4326, -99.1332)"_s << true << 19.4326 << -99.1332;
        QTest::newRow("brackets") << u"[-23.55, -46.63]"_s << true << -23.55 << -46.63;
        QTest::newRow("WKT is lon lat") << u"POINT (2.17 41.38)"_s << true << 41.38 << 2.17;
        QTest::newRow("out of range") << u"141.38, 2.17"_s << false << 0.0 << 0.0;
        QTest::newRow("one number") << u"41.38"_s << false << 0.0 << 0.0;
        QTest::newRow("garbage") << u"41.35;x"_s << false << 0.0 << 0.0;
        QTest::newRow("empty") << QString() << false << 0.0 << 0.0;
    }

    void latLon()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(double, lat);
        QFETCH(double, lon);
        const std::optional<GeoPoint> point = CsvReader::parseLatLon(text);
        QCOMPARE(point.has_value(), valid);
        if (valid) {
            QCOMPARE(point->lat, lat);
            QCOMPARE(point->lon, lon);
        }
    }

    void binaryDetection()
    {
        QVERIFY(CsvReader::looksBinary("\x89PNG\r\n\x1a\n\x00\x00"_ba));
        QVERIFY(CsvReader::looksBinary(QByteArray("a\0b\0c\0", 6))); // UTF-16
        QVERIFY(!CsvReader::looksBinary("name;beds\r\nA;1\t\r\n"_ba));
        QVERIFY(!CsvReader::looksBinary("Cl\xEDnica;1\n"_ba));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
