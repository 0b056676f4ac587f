package com.inventorytracker.web;

import java.util.List;

/** The front page: one card per category. */
record IndexView(List<Card> cards) {

    IndexView {
        cards = List.copyOf(cards);
    }

    record Card(String slug, String link, int total, int lessThan10, int outOfStock, int unknown) {
    }

}
