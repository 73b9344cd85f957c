#pragma once
// Drives the real Main.qml like a person: finds items by objectName, clicks them where a person
// would, types into fields. Shared by the page tests in this folder.
#include <QList>
#include <QObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QTest>
#include <QtQuickTest/quicktest.h>

#include <optional>

class PageDriver
{
public:
    QQuickWindow *window = nullptr;

    /** The first item called name, visible ones first, in the item tree and the object tree
     *  (popups live in the overlay, delegates are items but not children). */
    QQuickItem *item(const QString &name) const
    {
        QQuickItem *hidden = nullptr;
        QSet<QObject *> seen;
        QList<QObject *> pending{window->contentItem()};
        while (!pending.isEmpty()) {
            QObject *object = pending.takeFirst();
            if (seen.contains(object))
                continue;
            seen.insert(object);
            if (auto *quickItem = qobject_cast<QQuickItem *>(object)) {
                if (quickItem->objectName() == name) {
                    if (quickItem->isVisible())
                        return quickItem;
                    if (!hidden)
                        hidden = quickItem;
                }
                for (QQuickItem *child : quickItem->childItems())
                    pending.append(child);
            }
            for (QObject *child : object->children())
                pending.append(child);
        }
        return hidden;
    }

    QQuickItem *visibleItem(const QString &name) const
    {
        QQuickItem *found = item(name);
        return found && found->isVisible() ? found : nullptr;
    }

    /** Waits until the scene is laid out, then clicks at a point of the item (its centre). */
    void click(QQuickItem *target, std::optional<QPointF> local = std::nullopt) const
    {
        QVERIFY(target);
        QVERIFY2(target->isVisible(), qPrintable(target->objectName()));
        QVERIFY(QQuickTest::qWaitForPolish(window));
        const QPointF at = local.value_or(QPointF(target->width() / 2, target->height() / 2));
        const QPoint scene = target->mapToScene(at).toPoint();
        QVERIFY2(QRect(QPoint(), window->size()).contains(scene), qPrintable(target->objectName()));
        QTest::mouseClick(window, Qt::LeftButton, {}, scene);
    }

    /** Selects all of a text field's text and types over it, as a person does. */
    void typeInto(QQuickItem *field, const QString &text) const
    {
        click(field);
        QTRY_VERIFY(field->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(window, Qt::Key_Backspace);
        // QTest types into windows one Latin-1 key at a time (keyClicks() is for widgets).
        for (const QChar c : text)
            QTest::keyClick(window, c.toLatin1());
    }
};
