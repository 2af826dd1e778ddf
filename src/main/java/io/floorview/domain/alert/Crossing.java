package io.floorview.domain.alert;

/**
 * A figure that reached a higher level: an alert.
 *
 * @param queue the queue's id, or {@link io.floorview.domain.kpi.FloorSnapshot#ALL_QUEUES}
 * @param value the figure when it crossed, in the metric's unit
 * @param atMs  the snapshot's time, epoch ms
 */
public record Crossing(String queue, String queueName, Metric metric, AlertLevel from, AlertLevel to, double value,
                       long atMs) {
}
