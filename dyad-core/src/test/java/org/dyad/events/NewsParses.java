package org.dyad.events;

/** Hand-written parses (CoNLL-U, the shape CoreNLP 4.5.10 gives) that tests of several rules share. */
public final class NewsParses {
  private NewsParses() {}

  /** CoreNLP makes the gerund an adjective of its object, and "of ... civilians" a phrase of "accused". */
  public static final String ACCUSED_OF_KILLING = """
      # text = Rights groups accused the army of killing 12 civilians.
      1  Rights    _        _ NNS _ 2 compound _ _
      2  groups    _        _ NNS _ 3 nsubj    _ _
      3  accused   accuse   _ VBD _ 0 root     _ _
      4  the       _        _ DT  _ 5 det      _ _
      5  army      _        _ NN  _ 3 obj      _ _
      6  of        _        _ IN  _ 9 case     _ _
      7  killing   kill     _ VBG _ 9 amod     _ _
      8  12        _        _ CD  _ 9 nummod   _ _
      9  civilians civilian _ NNS _ 3 obl:of   _ SpaceAfter=No
      10 .         _        _ .   _ 3 punct    _ _
      """;
}
