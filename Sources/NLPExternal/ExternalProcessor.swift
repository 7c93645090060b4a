import NLPCore

/// One worker's handle on an external stage: sends each document to the worker's process.
struct ExternalProcessor: DocumentProcessor {
    let lease: SessionLease

    /// Annotates `document`; on a crash, timeout or bad reply, kills the process (the next
    /// document gets a new one) and fails this document only.
    mutating func process(_ document: inout Document) throws {
        let session: StageSession
        do {
            session = try lease.acquire()
        } catch {
            throw StageError("could not restart the stage's process: \(error.message)")
        }
        do {
            try session.annotate(&document)
        } catch .rejected(let message) {
            throw StageError(message)
        } catch .broken(let message) {
            lease.discard()
            throw StageError(message + "\n(the process was stopped; a new one takes the next document)")
        }
    }
}
