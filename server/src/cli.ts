// STUB — command-line tool, to be written.
