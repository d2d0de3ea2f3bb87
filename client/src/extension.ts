// STUB — extension entry, to be written.
