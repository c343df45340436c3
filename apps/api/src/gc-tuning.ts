/**
 * The V8 flag the API's Node servers start with: the `start` script (so `npm start` and `whosaid serve`), its
 * worker processes (node:cluster passes it on) and the bench server.
 *
 * V8 13.6 (Node 24) raised the young generation's largest size from 8 to 32 MB, and with it the bytes of young
 * ArrayBuffers that start a scavenge, from 32 to 128 MB: above the 64 MB of external memory that starts a full
 * mark-compact (nodejs/node#61967). A server's short-lived buffers (each socket read, each database answer, each
 * response body) are then freed by mark-compacts. Under load the API fell into a mark-compact every 80 ms with no
 * scavenge at all, and its CPU per request nearly doubled. The flag restores Node 22's sizes. It must be given on
 * the command line: set at run time (`v8.setFlagsFromString`) it fixed the churn in the test, but the API still
 * fell into the same pattern (presumably its young generation keeps the size it started with).
 */
export const GC_FLAG = '--scavenger-max-new-space-capacity-mb=8'
