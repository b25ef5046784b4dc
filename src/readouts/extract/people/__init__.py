"""People and speakers: who is named (any script, any title), who says each sentence, and
which side a sentence's subject belongs to."""
