"""Tags: the topics a sentence is about, the concepts it names and the tone words that
describe the talks."""
