"""The Rotating Credit Club pipeline: the call, proposals and their asks, review, selection."""
