// IdIndex (model/IdIndex.h): the flat id → position index the reader and CheckContext use over a layout's racks
// and devices. It keeps positions only and compares against the sequence's current ids, so it must find what was
// filed, keep the first or the last of a repeated id as asked, survive growing, and never find an id that changed
// or a position past the sequence's end.
#include <QtTest>

#include <string>
#include <vector>

#include "IdIndex.h"

using namespace pod;

class TestIdIndex : public QObject {
    Q_OBJECT

    std::vector<std::string> ids_;
    auto keyAt() const {
        return [this](std::size_t i) { return i < ids_.size() ? &ids_[i] : nullptr; };
    }

private slots:
    void findsWhatWasFiled() {
        ids_ = {"r1", "r2", "dev-1"};
        IdIndex index;
        index.reset(ids_.size());
        for (std::size_t i = 0; i < ids_.size(); ++i) QCOMPARE(index.insert(ids_[i], i, keyAt(), false), IdIndex::npos);
        QCOMPARE(index.size(), std::size_t(3));
        QCOMPARE(index.find("r1", keyAt()), std::size_t(0));
        QCOMPARE(index.find("dev-1", keyAt()), std::size_t(2));
        QCOMPARE(index.find("r3", keyAt()), IdIndex::npos);
        QCOMPARE(index.find("", keyAt()), IdIndex::npos);
    }

    void repeatedIdFirstOrLast() {
        ids_ = {"a", "b", "a"};
        IdIndex first, last;
        first.reset(3);
        last.reset(3);
        QCOMPARE(first.insert("a", 0, keyAt(), false), IdIndex::npos);
        QCOMPARE(first.insert("a", 2, keyAt(), false), std::size_t(0));  // says where it was; keeps it
        QCOMPARE(first.find("a", keyAt()), std::size_t(0));
        last.insert("a", 0, keyAt(), true);
        QCOMPARE(last.insert("a", 2, keyAt(), true), std::size_t(0));
        QCOMPARE(last.find("a", keyAt()), std::size_t(2));  // CheckContext's "last wins"
        QCOMPARE(last.size(), std::size_t(1));
    }

    // Sized for 0, filled with 100,000: grows (and re-files) many times; every id found at its position.
    void grows() {
        ids_.clear();
        for (int i = 0; i < 100000; ++i) ids_.push_back("h" + std::to_string(i % 8) + "-r" + std::to_string(i));
        IdIndex index;
        index.reset(0);
        for (std::size_t i = 0; i < ids_.size(); ++i) QCOMPARE(index.insert(ids_[i], i, keyAt(), false), IdIndex::npos);
        for (std::size_t i = 0; i < ids_.size(); i += 997) QCOMPARE(index.find(ids_[i], keyAt()), i);
        QCOMPARE(index.size(), ids_.size());
    }

    // The sequence changed after filing: a renamed id is found under neither name, a removed position never.
    void changedSequence() {
        ids_ = {"x", "y", "z"};
        IdIndex index;
        index.reset(3);
        for (std::size_t i = 0; i < 3; ++i) index.insert(ids_[i], i, keyAt(), false);
        ids_[1] = "a much longer id than before, off the small-string buffer";
        QCOMPARE(index.find("y", keyAt()), IdIndex::npos);
        QCOMPARE(index.find(ids_[1], keyAt()), IdIndex::npos);  // filed under y's hash
        ids_.pop_back();
        QCOMPARE(index.find("z", keyAt()), IdIndex::npos);
        QCOMPARE(index.find("x", keyAt()), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestIdIndex)
#include "tst_id_index.moc"
