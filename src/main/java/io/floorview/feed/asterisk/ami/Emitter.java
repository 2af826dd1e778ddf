package io.floorview.feed.asterisk.ami;

import io.floorview.domain.event.FeedEvent;

/** Where the mapping puts the feed events it makes, in order; their seqs are given when they are published. */
@FunctionalInterface
interface Emitter {

    void emit(FeedEvent event);
}
