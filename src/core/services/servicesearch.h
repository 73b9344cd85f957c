#pragma once
// The services search field: finds services by name, address or post code as the user types,
// and offers post codes, over an in-memory index built once per change of the service list.

#include <QFlags>
#include <QList>
#include <QString>

#include <memory>

namespace atalaya {

/** One service as the search needs it. */
struct ServiceSearchEntry {
    qint64 id = 0;
    QString name;
    QString address;
    QString postCode;
    int category = -1; // index into the caller's category list
};

/** Find-as-you-type search over service names, addresses and post codes.
 *
 *  Text is compared folded: accents and case removed ("Ibáñez" is "ibanez", "ß" is "ss"),
 *  anything that is not a letter or digit separates words ("C/ Mayor, 12" is the words "c",
 *  "mayor", "12"). Every word of the query must be the start of some word of the name, the
 *  address or the post code (each query word may match in a different field).
 *
 *  Ranking, best first:
 *   1. PostCode: the whole query is the service's post code ("39001");
 *   2. NameStart: the name starts with the query, words in order ("farmacia san" finds
 *      "Farmacia San Roque");
 *   3. NameWords: every query word starts a word of the name, in any order ("san farmacia");
 *   4. OtherFields: some query word is found only in the address or the post code.
 *  Within a rank, shorter names first, then names in alphabetical (folded) order, then ids.
 *
 *  The words of all fields are kept in a sorted vocabulary with, for each word, the services
 *  using it; a query word is a range of that vocabulary, so a keystroke costs the services
 *  matching the query's words, not a pass over every service. */
class ServiceSearch
{
public:
    enum class Field : quint8 { Name = 0x1, Address = 0x2, PostCode = 0x4 };
    Q_DECLARE_FLAGS(Fields, Field)

    enum class Rank : quint8 { PostCode, NameStart, NameWords, OtherFields };

    struct Hit {
        qint64 id = 0;
        qsizetype entry = -1; // index into entries()
        int category = -1;
        Rank rank = Rank::OtherFields;
        Fields fields;        // the fields the query's words were found in
    };

    struct PostCodeHit {
        QString postCode; // as the first service with it spells it
        int services = 0;
        friend bool operator==(const PostCodeHit &, const PostCodeHit &) = default;
    };

    ServiceSearch();
    explicit ServiceSearch(QList<ServiceSearchEntry> entries);

    /** The best `limit` services for `text`, best first; none for an empty query (nothing but
     *  spaces or punctuation) or a limit <= 0. */
    QList<Hit> query(const QString &text, qsizetype limit = 20) const;

    /** Post codes starting with `prefix` (folded), in order, with how many services have each;
     *  none for an empty prefix. */
    QList<PostCodeHit> postCodes(const QString &prefix, qsizetype limit = 10) const;

    const QList<ServiceSearchEntry> &entries() const;
    qsizetype size() const;

    /** `text` as the search compares it: its words folded, joined by single spaces. */
    static QString fold(const QString &text);

private:
    struct Data;
    std::shared_ptr<const Data> m_data;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ServiceSearch::Fields)

} // namespace atalaya
