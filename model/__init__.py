"""Pure data types shared by every layer: no I/O, no imports of other project packages."""
