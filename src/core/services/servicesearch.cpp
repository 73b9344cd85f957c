#include "services/servicesearch.h"

#include <QHash>
#include <QStringView>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <numeric>
#include <vector>

namespace atalaya {

namespace {

/** Letters Unicode does not decompose but that people type without their stroke or ligature. */
QStringView plainSpelling(char16_t c)
{
    switch (c) {
    case u'ß':
    case u'ẞ':
        return u"ss";
    case u'æ':
    case u'Æ':
        return u"ae";
    case u'œ':
    case u'Œ':
        return u"oe";
    case u'ø':
    case u'Ø':
        return u"o";
    case u'ł':
    case u'Ł':
        return u"l";
    case u'đ':
    case u'Đ':
        return u"d";
    case u'ı':
        return u"i";
    case u'þ':
    case u'Þ':
        return u"th";
    default:
        return {};
    }
}

/** One service using a word, and in which of its fields. */
struct Posting {
    quint32 entry = 0;
    quint8 fields = 0;
};

constexpr quint8 kName = quint8(ServiceSearch::Field::Name);
constexpr quint8 kAddress = quint8(ServiceSearch::Field::Address);
constexpr quint8 kPostCode = quint8(ServiceSearch::Field::PostCode);

} // namespace

struct ServiceSearch::Data {
    QList<ServiceSearchEntry> entries;
    std::vector<QString> names;     // folded, per entry
    std::vector<QString> postCodes; // folded, per entry
    // Each entry's place when ordered by folded name length, then folded name, then name and
    // id: the tie-break of every rank, computed once so a query compares integers only.
    std::vector<quint32> order;
    std::vector<quint32> byOrder; // the inverse
    std::vector<QString> vocabulary; // every folded word of every field, sorted
    std::vector<quint32> firstPosting; // per vocabulary word, plus one past the end
    std::vector<Posting> postings;
    struct Code {
        QString folded;
        QString shown;
        int services = 0;
    };
    std::vector<Code> codes; // sorted by folded
};

ServiceSearch::ServiceSearch() = default;

ServiceSearch::ServiceSearch(QList<ServiceSearchEntry> entries)
{
    auto data = std::make_shared<Data>();
    data->entries = std::move(entries);
    const auto n = size_t(data->entries.size());
    data->names.resize(n);
    data->postCodes.resize(n);

    // Words are views into the folded fields, which outlive the hash; only the distinct ones
    // are copied, into the vocabulary.
    std::vector<QString> addresses(n);
    QHash<QStringView, quint32> wordIds;
    std::vector<QStringView> words;
    std::vector<std::vector<Posting>> perWord;
    auto addWords = [&](quint32 entry, const QString &folded, quint8 field) {
        // fold() leaves single spaces between words and none at the ends.
        for (qsizetype start = 0; start < folded.size();) {
            qsizetype end = folded.indexOf(u' ', start);
            if (end < 0)
                end = folded.size();
            const QStringView word = QStringView(folded).sliced(start, end - start);
            start = end + 1;
            auto it = wordIds.constFind(word);
            if (it == wordIds.cend()) {
                it = wordIds.insert(word, quint32(words.size()));
                words.push_back(word);
                perWord.emplace_back();
            }
            std::vector<Posting> &list = perWord[it.value()];
            if (!list.empty() && list.back().entry == entry)
                list.back().fields |= field;
            else
                list.push_back({entry, field});
        }
    };
    QHash<QString, size_t> codeIndex;
    for (quint32 e = 0; e < n; ++e) {
        const ServiceSearchEntry &entry = data->entries[e];
        data->names[e] = fold(entry.name);
        data->postCodes[e] = fold(entry.postCode);
        addWords(e, data->names[e], kName);
        addresses[e] = fold(entry.address);
        addWords(e, addresses[e], kAddress);
        addWords(e, data->postCodes[e], kPostCode);
        if (!data->postCodes[e].isEmpty()) {
            const auto found = codeIndex.constFind(data->postCodes[e]);
            if (found == codeIndex.cend()) {
                codeIndex.insert(data->postCodes[e], data->codes.size());
                data->codes.push_back({data->postCodes[e], entry.postCode.trimmed(), 1});
            } else {
                ++data->codes[found.value()].services;
            }
        }
    }
    std::sort(data->codes.begin(), data->codes.end(),
              [](const Data::Code &a, const Data::Code &b) { return a.folded < b.folded; });

    std::vector<quint32> sortedWords(words.size());
    std::iota(sortedWords.begin(), sortedWords.end(), 0u);
    std::sort(sortedWords.begin(), sortedWords.end(), [&](quint32 a, quint32 b) { return words[a] < words[b]; });
    data->vocabulary.reserve(words.size());
    data->firstPosting.reserve(words.size() + 1);
    for (const quint32 w : sortedWords) {
        data->vocabulary.push_back(words[w].toString());
        data->firstPosting.push_back(quint32(data->postings.size()));
        data->postings.insert(data->postings.end(), perWord[w].begin(), perWord[w].end());
    }
    data->firstPosting.push_back(quint32(data->postings.size()));

    // Sorting on a small key first (length and the first letters, side by side in memory)
    // leaves the strings themselves for the rare ties.
    struct OrderKey {
        qsizetype length;
        std::array<char16_t, 24> head;
        quint32 entry;
    };
    std::vector<OrderKey> keys(n);
    for (quint32 e = 0; e < n; ++e) {
        const QString &name = data->names[e];
        OrderKey &key = keys[e];
        key.length = name.size();
        key.head.fill(0);
        std::copy_n(name.utf16(), std::min<qsizetype>(name.size(), qsizetype(key.head.size())), key.head.begin());
        key.entry = e;
    }
    std::sort(keys.begin(), keys.end(), [&](const OrderKey &a, const OrderKey &b) {
        if (a.length != b.length)
            return a.length < b.length;
        if (a.head != b.head)
            return a.head < b.head;
        if (const int c = data->names[a.entry].compare(data->names[b.entry]); c != 0)
            return c < 0;
        const ServiceSearchEntry &ea = data->entries[a.entry];
        const ServiceSearchEntry &eb = data->entries[b.entry];
        if (const int c = ea.name.compare(eb.name); c != 0)
            return c < 0;
        if (ea.id != eb.id)
            return ea.id < eb.id;
        return a.entry < b.entry;
    });
    data->byOrder.resize(n);
    for (size_t place = 0; place < n; ++place)
        data->byOrder[place] = keys[place].entry;
    data->order.resize(n);
    for (quint32 place = 0; place < n; ++place)
        data->order[data->byOrder[place]] = place;
    m_data = std::move(data);
}

namespace {

/** How one non-ASCII character folds: its letters, or nothing for a mark, or a separator. */
QString foldOne(char32_t c)
{
    const QString one = QString::fromUcs4(&c, 1);
    if (QChar::isMark(c))
        return QString(); // a combining accent typed on its own
    if (c <= 0xFFFF) {
        if (const QStringView plain = plainSpelling(char16_t(c)); !plain.isEmpty())
            return plain.toString();
    }
    // Compatibility decomposition splits accents off their letters ("á" is "a" + U+0301) and
    // turns ligatures, full-width and superscript forms into plain ones.
    const QString decomposed = one.normalized(QString::NormalizationForm_KD);
    QString out;
    for (const char32_t part : decomposed.toUcs4()) {
        if (QChar::isMark(part))
            continue;
        if (part <= 0xFFFF) {
            if (const QStringView plain = plainSpelling(char16_t(part)); !plain.isEmpty()) {
                out += plain;
                continue;
            }
        }
        if (!QChar::isLetterOrNumber(part)) {
            out += u' ';
            continue;
        }
        out += QString::fromUcs4(&part, 1).toCaseFolded();
    }
    return out;
}

/** foldOne() for U+0080..U+024F (Latin-1 and the Latin Extended blocks), computed once: nearly
 *  every non-ASCII letter in European names and addresses. */
const std::vector<QString> &latinFolds()
{
    static const std::vector<QString> table = [] {
        std::vector<QString> folds;
        for (char32_t c = 0x80; c < 0x250; ++c)
            folds.push_back(foldOne(c));
        return folds;
    }();
    return table;
}

} // namespace

QString ServiceSearch::fold(const QString &text)
{
    const std::vector<QString> &latin = latinFolds();
    QVarLengthArray<char16_t, 256> out;
    bool gap = false;
    auto appendChar = [&](char16_t c) {
        if (gap && !out.isEmpty())
            out.append(u' ');
        gap = false;
        out.append(c);
    };
    auto append = [&](QStringView piece) {
        for (const QChar ch : piece) {
            if (ch == u' ')
                gap = true;
            else
                appendChar(ch.unicode());
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        char16_t c = text[i].unicode();
        if (c < 0x80) {
            if (c >= u'A' && c <= u'Z')
                c = char16_t(c - u'A' + u'a');
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
                appendChar(c);
            else
                gap = true;
        } else if (c < 0x250) {
            append(latin[c - 0x80]);
        } else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            append(foldOne(QChar::surrogateToUcs4(c, text[i + 1].unicode())));
            ++i;
        } else {
            append(foldOne(c));
        }
    }
    return QString(reinterpret_cast<const QChar *>(out.constData()), out.size());
}

QList<ServiceSearch::Hit> ServiceSearch::query(const QString &text, qsizetype limit) const
{
    QList<Hit> hits;
    if (!m_data || limit <= 0)
        return hits;
    const QString folded = fold(text);
    if (folded.isEmpty())
        return hits;
    const Data &d = *m_data;
    const QList<QStringView> words = QStringView(folded).split(u' ');

    struct Candidate {
        quint32 entry;
        quint8 fields;
        bool allInName;
    };
    std::vector<Candidate> candidates;
    // Per entry, the fields the current query word starts a word of; reset after each word.
    std::vector<quint8> found(d.entries.size(), 0);
    std::vector<quint32> touched;
    for (qsizetype w = 0; w < words.size(); ++w) {
        const QStringView word = words[w];
        auto it = std::lower_bound(d.vocabulary.cbegin(), d.vocabulary.cend(), word,
                                   [](const QString &a, QStringView b) { return QStringView(a) < b; });
        for (; it != d.vocabulary.cend() && it->startsWith(word); ++it) {
            const auto v = size_t(it - d.vocabulary.cbegin());
            for (quint32 p = d.firstPosting[v]; p < d.firstPosting[v + 1]; ++p) {
                const Posting &posting = d.postings[p];
                if (!found[posting.entry])
                    touched.push_back(posting.entry);
                found[posting.entry] |= posting.fields;
            }
        }
        if (w == 0) {
            candidates.reserve(touched.size());
            for (const quint32 e : touched)
                candidates.push_back({e, found[e], (found[e] & kName) != 0});
        } else {
            const auto kept = std::remove_if(candidates.begin(), candidates.end(), [&](Candidate &c) {
                const quint8 here = found[c.entry];
                c.fields |= here;
                c.allInName = c.allInName && (here & kName);
                return here == 0;
            });
            candidates.erase(kept, candidates.end());
        }
        for (const quint32 e : touched)
            found[e] = 0;
        touched.clear();
        if (candidates.empty())
            return hits;
    }

    // One integer per candidate, ordered as the ranking is: rank, then the precomputed name
    // order; the matched fields ride in the low bits.
    std::vector<quint64> keys;
    keys.reserve(candidates.size());
    for (const Candidate &c : candidates) {
        Rank rank = Rank::OtherFields;
        if (d.postCodes[c.entry] == folded)
            rank = Rank::PostCode;
        else if (c.allInName)
            rank = d.names[c.entry].startsWith(folded) ? Rank::NameStart : Rank::NameWords;
        keys.push_back((quint64(rank) << 56) | (quint64(d.order[c.entry]) << 8) | c.fields);
    }
    const auto shown = std::min<size_t>(size_t(limit), keys.size());
    std::partial_sort(keys.begin(), keys.begin() + qsizetype(shown), keys.end());
    hits.reserve(qsizetype(shown));
    for (size_t i = 0; i < shown; ++i) {
        const quint64 key = keys[i];
        const quint32 entry = d.byOrder[size_t((key >> 8) & 0xFFFFFFFFu)];
        Hit hit;
        hit.entry = entry;
        hit.id = d.entries[entry].id;
        hit.category = d.entries[entry].category;
        hit.rank = Rank(key >> 56);
        hit.fields = Fields::fromInt(int(key & 0xFF));
        hits.append(hit);
    }
    return hits;
}

QList<ServiceSearch::PostCodeHit> ServiceSearch::postCodes(const QString &prefix, qsizetype limit) const
{
    QList<PostCodeHit> hits;
    if (!m_data || limit <= 0)
        return hits;
    const QString folded = fold(prefix);
    if (folded.isEmpty())
        return hits;
    const std::vector<Data::Code> &codes = m_data->codes;
    auto it = std::lower_bound(codes.cbegin(), codes.cend(), folded,
                               [](const Data::Code &code, const QString &p) { return code.folded < p; });
    for (; it != codes.cend() && it->folded.startsWith(folded) && hits.size() < limit; ++it)
        hits.append({it->shown, it->services});
    return hits;
}

const QList<ServiceSearchEntry> &ServiceSearch::entries() const
{
    static const QList<ServiceSearchEntry> none;
    return m_data ? m_data->entries : none;
}

qsizetype ServiceSearch::size() const
{
    return m_data ? m_data->entries.size() : 0;
}

} // namespace atalaya
