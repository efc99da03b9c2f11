"""Table models over FamilyBook results (QAbstractTableModel), one per file."""
