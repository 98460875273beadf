/// Thrown by ``FaultMiddleware`` for a request whose connection is to be dropped;
/// ``RecordingMiddleware`` records the request and closes the connection.
struct ConnectionDrop: Error {}
