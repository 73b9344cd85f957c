#include "services/servicesearch.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <tuple>
#include <vector>

using namespace atalaya;
using namespace Qt::StringLiterals;

using Rank = ServiceSearch::Rank;
using Field = ServiceSearch::Field;

namespace {

/** A dozen services whose ranking for the queries below was worked out by hand. */
QList<ServiceSearchEntry> fixture()
{
    return {
        {1, u"Farmacia San Roque"_s, u"Calle San Fernando, 3"_s, u"39001"_s, 0},
        {2, u"Farmacia Ibáñez"_s, u"Avenida de los Castros 12"_s, u"39005"_s, 0},
        {3, u"Farmacia"_s, u"Plaza Mayor 1"_s, u"39002"_s, 0},
        {4, u"Gran Farmacia de San Juan"_s, u"Paseo de Pereda 9"_s, u"39004"_s, 0},
        {5, u"Supermercado Sánchez"_s, u"C/ Farmacia, 4"_s, u"39001"_s, 1},
        {6, u"Residencia Los Pinos"_s, u"Calle Farmacéutico Sanz 7"_s, u"39010"_s, 3},
        {7, u"Farmacia Santa Lucía"_s, u"Calle Vargas 20"_s, u"39003"_s, 0},
        {8, u"FARMACIA SANZ"_s, u"Calle Alta 2"_s, u"39002"_s, 0},
        {9, u"Biblioteca 39001"_s, u"Calle Río de la Pila 1"_s, u"39012"_s, 5},
        {10, u"Centro de Salud Vargas"_s, u"Calle Vargas 22"_s, u"39003"_s, 2},
        {11, u"Centro de Salud Vargas"_s, u"Calle Vargas 24"_s, u"39003"_s, 2},
        {12, u"Bar L'Oasis"_s, u"Calle Hernán Cortés 8"_s, u""_s, 4},
    };
}

QList<qint64> ids(const QList<ServiceSearch::Hit> &hits)
{
    QList<qint64> out;
    for (const ServiceSearch::Hit &hit : hits)
        out.append(hit.id);
    return out;
}

QList<Rank> ranks(const QList<ServiceSearch::Hit> &hits)
{
    QList<Rank> out;
    for (const ServiceSearch::Hit &hit : hits)
        out.append(hit.rank);
    return out;
}

// Random names and addresses from Spanish syllables and accented letters, for the comparison
// with a plain reading of the matching rule.
QString randomWord(QRandomGenerator &rng)
{
    static const QStringList syllables{u"sa"_s, u"san"_s, u"far"_s, u"ma"_s, u"cia"_s, u"ñe"_s, u"lú"_s, u"ro"_s,
                                       u"Ca"_s, u"lle"_s, u"ó"_s, u"3"_s, u"90"_s, u"ja"_s, u"Ír"_s, u"te"_s};
    QString word;
    const int n = 1 + int(rng.bounded(3));
    for (int i = 0; i < n; ++i)
        word += syllables[rng.bounded(syllables.size())];
    return word;
}

QString randomText(QRandomGenerator &rng, int maxWords)
{
    static const QStringList separators{u" "_s, u", "_s, u"-"_s, u" / "_s, u"'"_s, u". "_s};
    QString text;
    const int n = 1 + int(rng.bounded(maxWords));
    for (int i = 0; i < n; ++i) {
        if (i)
            text += separators[rng.bounded(separators.size())];
        text += randomWord(rng);
    }
    return text;
}

bool wordsStartWith(const QString &folded, QStringView word)
{
    for (const QStringView w : QStringView(folded).split(u' ', Qt::SkipEmptyParts)) {
        if (w.startsWith(word))
            return true;
    }
    return false;
}

} // namespace

/** The services search: folding, the word-prefix rule, ranking, fields, limits and post codes,
 *  on a hand-ranked fixture and against a plain reading of the rules on random data. */
class TestServiceSearch : public QObject
{
    Q_OBJECT

private slots:
    void fold_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("accents and case") << u"Farmacia Ibáñez"_s << u"farmacia ibanez"_s;
        QTest::newRow("punctuation") << u"C/ Mayor, 12"_s << u"c mayor 12"_s;
        QTest::newRow("spaces and marks") << u"  ¡Hola!  ¿qué? "_s << u"hola que"_s;
        QTest::newRow("apostrophe") << u"L'Hospitalet"_s << u"l hospitalet"_s;
        QTest::newRow("portuguese") << u"São João"_s << u"sao joao"_s;
        QTest::newRow("cedilla, grave") << u"Çà et là"_s << u"ca et la"_s;
        QTest::newRow("sharp s") << u"Straße"_s << u"strasse"_s;
        QTest::newRow("ligatures") << u"Œuvre ÆGIR ﬁnca"_s << u"oeuvre aegir finca"_s;
        QTest::newRow("stroke") << u"Łódź Ørsted"_s << u"lodz orsted"_s;
        QTest::newRow("full width") << u"Ｆａｒｍａｃｉａ"_s << u"farmacia"_s;
        QTest::newRow("diaeresis") << u"Pingüino"_s << u"pinguino"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only punctuation") << u"-- / ..."_s << QString();
        QTest::newRow("greek keeps its letters") << u"Αθήνα"_s << u"αθηνα"_s;
    }

    void fold()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(ServiceSearch::fold(text), expected);
    }

    void ranking_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::addColumn<QList<Rank>>("expectedRanks");
        // Name starts first (shorter names first), then the name's words in another order,
        // then matches needing the address ("farmacia" in C/ Farmacia) .
        QTest::newRow("farmacia san") << u"farmacia san"_s << QList<qint64>{8, 1, 7, 4, 5}
                                      << QList<Rank>{Rank::NameStart, Rank::NameStart, Rank::NameStart,
                                                     Rank::NameWords, Rank::OtherFields};
        QTest::newRow("typed in capitals with accents") << u"FARMACIA SÁN"_s << QList<qint64>{8, 1, 7, 4, 5}
                                                        << QList<Rank>{Rank::NameStart, Rank::NameStart, Rank::NameStart,
                                                                       Rank::NameWords, Rank::OtherFields};
        // Ties of length broken alphabetically: "residencia los pinos" before "supermercado sanchez".
        QTest::newRow("farm") << u"farm"_s << QList<qint64>{3, 8, 2, 1, 7, 4, 6, 5}
                              << QList<Rank>{Rank::NameStart, Rank::NameStart, Rank::NameStart, Rank::NameStart,
                                             Rank::NameStart, Rank::NameWords, Rank::OtherFields, Rank::OtherFields};
        QTest::newRow("accent-free query") << u"farmacia ibanez"_s << QList<qint64>{2} << QList<Rank>{Rank::NameStart};
        QTest::newRow("words in another order") << u"ibáñez, farmacia"_s << QList<qint64>{2} << QList<Rank>{Rank::NameWords};
        // The whole query equal to a post code beats a name holding the same number.
        QTest::newRow("exact post code") << u"39001"_s << QList<qint64>{1, 5, 9}
                                         << QList<Rank>{Rank::PostCode, Rank::PostCode, Rank::NameWords};
        QTest::newRow("post code prefix") << u"3900"_s << QList<qint64>{9, 3, 8, 2, 1, 7, 5, 10, 11, 4}
                                          << (QList<Rank>{Rank::NameWords} + QList<Rank>(9, Rank::OtherFields));
        // Same name: the lower id first.
        QTest::newRow("identical names") << u"centro salud"_s << QList<qint64>{10, 11}
                                         << QList<Rank>{Rank::NameWords, Rank::NameWords};
        QTest::newRow("name and address together") << u"vargas 22"_s << QList<qint64>{10}
                                                   << QList<Rank>{Rank::OtherFields};
        QTest::newRow("word after apostrophe") << u"oasis"_s << QList<qint64>{12} << QList<Rank>{Rank::NameWords};
        QTest::newRow("address only") << u"hernan cortes"_s << QList<qint64>{12} << QList<Rank>{Rank::OtherFields};
        // Only word starts match: "acia" is inside "farmacia", not at its start.
        QTest::newRow("inside a word") << u"acia"_s << QList<qint64>{} << QList<Rank>{};
        QTest::newRow("one word missing") << u"farmacia zzz"_s << QList<qint64>{} << QList<Rank>{};
        QTest::newRow("empty") << QString() << QList<qint64>{} << QList<Rank>{};
        QTest::newRow("blank") << u"   "_s << QList<qint64>{} << QList<Rank>{};
        QTest::newRow("punctuation only") << u"¿?, /"_s << QList<qint64>{} << QList<Rank>{};
    }

    void ranking()
    {
        QFETCH(QString, query);
        QFETCH(QList<qint64>, expected);
        QFETCH(QList<Rank>, expectedRanks);
        const ServiceSearch search(fixture());
        const QList<ServiceSearch::Hit> hits = search.query(query, 50);
        QCOMPARE(ids(hits), expected);
        QCOMPARE(ranks(hits), expectedRanks);
        for (const ServiceSearch::Hit &hit : hits) {
            QCOMPARE(search.entries().at(hit.entry).id, hit.id);
            QCOMPARE(search.entries().at(hit.entry).category, hit.category);
        }
    }

    void matchedFields()
    {
        const ServiceSearch search(fixture());
        const QList<ServiceSearch::Hit> hits = search.query(u"farmacia san"_s);
        QCOMPARE(hits.size(), 5);
        // "san" also starts "San Fernando" in Farmacia San Roque's address.
        QCOMPARE(hits[1].id, 1);
        QCOMPARE(hits[1].fields, ServiceSearch::Fields(Field::Name | Field::Address));
        QCOMPARE(hits[0].fields, ServiceSearch::Fields(Field::Name));
        QCOMPARE(hits[4].id, 5);
        QCOMPARE(hits[4].fields, ServiceSearch::Fields(Field::Name | Field::Address));
        const QList<ServiceSearch::Hit> code = search.query(u"39001"_s);
        QCOMPARE(code.first().fields, ServiceSearch::Fields(Field::PostCode));
        QCOMPARE(code.last().fields, ServiceSearch::Fields(Field::Name));
        QCOMPARE(search.query(u"pila"_s).first().fields, ServiceSearch::Fields(Field::Address));
    }

    void limit()
    {
        const ServiceSearch search(fixture());
        QCOMPARE(ids(search.query(u"farm"_s, 3)), (QList<qint64>{3, 8, 2}));
        QCOMPARE(ids(search.query(u"farm"_s, 1)), (QList<qint64>{3}));
        QVERIFY(search.query(u"farm"_s, 0).isEmpty());
        QVERIFY(search.query(u"farm"_s, -5).isEmpty());
        QCOMPARE(search.query(u"c"_s).size(), 10); // every service but 3 and 4 has a word starting with c
        QCOMPARE(ids(search.query(u"c"_s, 4)), (QList<qint64>{10, 11, 12, 8}));
        QList<ServiceSearchEntry> many;
        for (int i = 0; i < 30; ++i)
            many.append({i, u"Banco %1"_s.arg(i), u"Parque"_s, u"39001"_s, 6});
        QCOMPARE(ServiceSearch(many).query(u"banco"_s).size(), 20); // the default limit
    }

    void postCodes()
    {
        const ServiceSearch search(fixture());
        using Code = ServiceSearch::PostCodeHit;
        QCOMPARE(search.postCodes(u"3900"_s),
                 (QList<Code>{{u"39001"_s, 2}, {u"39002"_s, 2}, {u"39003"_s, 3}, {u"39004"_s, 1}, {u"39005"_s, 1}}));
        QCOMPARE(search.postCodes(u"390"_s, 2), (QList<Code>{{u"39001"_s, 2}, {u"39002"_s, 2}}));
        QCOMPARE(search.postCodes(u"3901"_s), (QList<Code>{{u"39010"_s, 1}, {u"39012"_s, 1}}));
        QCOMPARE(search.postCodes(u"39012"_s), (QList<Code>{{u"39012"_s, 1}}));
        QVERIFY(search.postCodes(u"48"_s).isEmpty());
        QVERIFY(search.postCodes(QString()).isEmpty());
        QVERIFY(search.postCodes(u"3900"_s, 0).isEmpty());
        // Post codes with letters and spaces, typed any way.
        const ServiceSearch uk({{1, u"Clinic"_s, u"High St"_s, u"E1 6AN"_s, 0}, {2, u"Shop"_s, u"Low St"_s, u"e1 6an"_s, 1}});
        QCOMPARE(uk.postCodes(u"e1-6"_s), (QList<Code>{{u"E1 6AN"_s, 2}}));
        QCOMPARE(ids(uk.query(u"E1 6AN"_s)), (QList<qint64>{2, 1})); // shorter name first
        QCOMPARE(uk.query(u"e1 6an"_s).first().rank, Rank::PostCode);
    }

    void emptyIndex()
    {
        const ServiceSearch none;
        QCOMPARE(none.size(), 0);
        QVERIFY(none.query(u"farmacia"_s).isEmpty());
        QVERIFY(none.postCodes(u"39"_s).isEmpty());
        const ServiceSearch empty(QList<ServiceSearchEntry>{});
        QVERIFY(empty.query(u"farmacia"_s).isEmpty());
        QVERIFY(empty.entries().isEmpty());
    }

    void agreesWithThePlainRule_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 4u})
            QTest::addRow("seed %u", seed) << seed;
    }

    void agreesWithThePlainRule()
    {
        // Every hit and every rank against a direct reading of the header's rules, over random
        // services and queries built from the same syllables (so that many queries match).
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        QList<ServiceSearchEntry> entries;
        for (int i = 0; i < 1500; ++i) {
            entries.append({qint64(i + 1), randomText(rng, 3), randomText(rng, 4),
                            rng.bounded(4) ? u"3900%1"_s.arg(rng.bounded(10)) : QString(), int(rng.bounded(7))});
        }
        const ServiceSearch search(entries);
        struct Folded {
            QString name;
            QString address;
            QString code;
        };
        std::vector<Folded> folds;
        for (const ServiceSearchEntry &e : entries)
            folds.push_back({ServiceSearch::fold(e.name), ServiceSearch::fold(e.address), ServiceSearch::fold(e.postCode)});
        for (int q = 0; q < 150; ++q) {
            QString query = randomText(rng, 2);
            query.chop(rng.bounded(qMin(2, int(query.size()))));
            if (q % 10 == 0)
                query = entries[rng.bounded(entries.size())].postCode;
            const QString folded = ServiceSearch::fold(query);
            const QList<QStringView> words = QStringView(folded).split(u' ', Qt::SkipEmptyParts);

            using Key = std::tuple<int, qsizetype, QString, QString, qint64>;
            std::vector<Key> expected;
            for (qsizetype i = 0; i < entries.size(); ++i) {
                const ServiceSearchEntry &e = entries[i];
                const QString &name = folds[size_t(i)].name;
                const QString &address = folds[size_t(i)].address;
                const QString &code = folds[size_t(i)].code;
                bool all = !words.isEmpty();
                bool allInName = true;
                for (const QStringView w : words) {
                    const bool inName = wordsStartWith(name, w);
                    all = all && (inName || wordsStartWith(address, w) || wordsStartWith(code, w));
                    allInName = allInName && inName;
                }
                if (!all)
                    continue;
                const int rank = code == folded ? 0 : allInName ? (name.startsWith(folded) ? 1 : 2) : 3;
                expected.emplace_back(rank, name.size(), name, e.name, e.id);
            }
            std::sort(expected.begin(), expected.end());
            const QList<ServiceSearch::Hit> hits = search.query(query, 25);
            QCOMPARE(hits.size(), qMin(qsizetype(25), qsizetype(expected.size())));
            for (qsizetype i = 0; i < hits.size(); ++i) {
                QCOMPARE(hits[i].id, std::get<4>(expected[size_t(i)]));
                QCOMPARE(int(hits[i].rank), std::get<0>(expected[size_t(i)]));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestServiceSearch)
#include "tst_servicesearch.moc"
