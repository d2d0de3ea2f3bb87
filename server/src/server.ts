// STUB — language server entry, to be written.
