package com.bulkwriter.generation.internal;

import java.util.List;
import java.util.Set;

/**
 * The sentences the offline draft engine composes articles from. Slots are explained at {@link
 * Template#of(String)}. The keyword is never the grammatical subject of a verb, because keywords
 * are as often plural ("running shoes") as singular.
 */
final class Phrasebook {

  private Phrasebook() {}

  /**
   * A tone of voice: adjectives for <code>{d}</code> and sentence openers. Openers end in a comma
   * or colon, never in "that", because they may precede a sentence in the imperative.
   */
  record Tone(List<String> names, List<String> adjectives, List<String> openers) {}

  /** A point of view: how the reader is named, and openers in that voice. */
  record Person(
      String subject, String object, String possessive, String reflexive, List<String> openers) {}

  /**
   * A section of the article.
   *
   * @param heading its heading
   * @param plainHeading the same heading without the keyword, for short articles and long keywords
   * @param topic what its sentences talk about, as <code>{t}</code>
   */
  record Aspect(Template heading, String plainHeading, String topic) {}

  /** A question for the FAQ with the sentence that answers it. */
  record Faq(Template question, Template answer) {}

  static final Tone INFORMATIVE =
      new Tone(
          List.of("informative", "neutral", "technical", "educational"),
          List.of("useful", "clear", "practical", "reliable", "helpful"),
          List.of("Typically,", "In many cases,", "As a rule of thumb,", "In general,"));

  /** Tones by the words that name them; the first whose name occurs in the spec's tone wins. */
  static final List<Tone> TONES =
      List.of(
          new Tone(
              List.of("professional", "business", "corporate"),
              List.of("effective", "reliable", "practical", "efficient", "sound"),
              List.of("In practice,", "As a rule,", "In most cases,", "Notably,")),
          new Tone(
              List.of("casual", "conversational", "relaxed", "informal"),
              List.of("practical", "doable", "painless", "sensible", "realistic"),
              List.of("Honestly,", "Truth is,", "Here's the thing:", "Let's be real:")),
          new Tone(
              List.of("friendly", "warm", "empathetic", "supportive"),
              List.of("helpful", "approachable", "rewarding", "encouraging", "practical"),
              List.of("Good news:", "Don't worry,", "Happily,", "Best of all,")),
          new Tone(
              List.of("formal", "academic", "scholarly"),
              List.of("appropriate", "rigorous", "consistent", "prudent", "sound"),
              List.of("Accordingly,", "In general,", "Moreover,", "Furthermore,")),
          new Tone(
              List.of("persuasive", "sales", "marketing", "convincing"),
              List.of("powerful", "proven", "smart", "worthwhile", "valuable"),
              List.of("Make no mistake:", "Simply put,", "The bottom line:", "Clearly,")),
          new Tone(
              List.of("humorous", "funny", "witty", "playful"),
              List.of("painless", "sensible", "enjoyable", "practical", "entertaining"),
              List.of("Spoiler alert:", "Plot twist:", "Believe it or not,", "Fun fact:")),
          new Tone(
              List.of("enthusiastic", "inspirational", "motivational", "excited", "energetic"),
              List.of("exciting", "rewarding", "inspiring", "powerful", "effective"),
              List.of("Better yet,", "Even better,", "Here's the exciting part:", "Best of all,")),
          new Tone(
              List.of("authoritative", "expert", "confident"),
              List.of("proven", "rigorous", "reliable", "effective", "essential"),
              List.of(
                  "Without question,", "In practice,", "The evidence is clear:", "Invariably,")),
          INFORMATIVE);

  static final Person FIRST_PERSON =
      new Person(
          "we",
          "us",
          "our",
          "ourselves",
          List.of(
              "In my experience,",
              "Personally,",
              "In our experience,",
              "From what I have seen,",
              "Speaking from experience,"));

  static final Person SECOND_PERSON =
      new Person(
          "you",
          "you",
          "your",
          "yourself",
          List.of("As you will see,", "As you may have noticed,", "In your case,"));

  static final Person THIRD_PERSON =
      new Person(
          "readers",
          "them",
          "their",
          "themselves",
          List.of("For most readers,", "As many readers report,", "In the experience of many,"));

  static final List<Template> TITLES =
      Template.all(
          "The Complete Guide to {k}",
          "{k}: What You Need to Know",
          "Everything You Should Know About {k}",
          "A Practical Guide to {k}",
          "{k} Explained",
          "How to Get Started With {k}",
          "Understanding {k}: Tips and Common Mistakes",
          "{k}: A Step-by-Step Guide",
          "Getting {k} Right",
          "{k} Made Simple",
          "{k}: Tips, Ideas and Best Practices");

  /** Titles for keywords that already read as a title, such as "how to train a puppy". */
  static final List<Template> QUESTION_TITLES =
      Template.all(
          "{k}",
          "{k}: What You Need to Know",
          "{k}: A Step-by-Step Guide",
          "{k}: Tips and Common Mistakes",
          "{k}: A Practical Guide");

  /** Words that make a keyword read as a question or an instruction. */
  static final Set<String> QUESTION_WORDS =
      Set.of(
          "how", "what", "why", "when", "where", "which", "who", "can", "should", "is", "are", "do",
          "does");

  static final List<Template> META =
      Template.all(
          "Learn what matters most about {k}: practical tips, common mistakes to avoid and clear"
              + " answers to frequent questions.",
          "A clear guide to {k} with practical steps, common pitfalls and tips that work.",
          "Discover the essentials of {k}, why they matter and how to get started with confidence.",
          "Everything you need to know about {k}, explained in plain language with practical, {d}"
              + " tips.");

  static final List<Template> INTRO =
      Template.all(
          "Questions about {k} come up again and again whenever people look for {d} ways to get"
              + " better results.",
          "Anyone who has wondered where to begin with {k} will find the essentials below.",
          "There is plenty of advice about {k}, and not all of it is equally {d}.",
          "This article covers the essentials of {k}, why they matter and how {s} can put them to"
              + " work.",
          "Getting {k} right does not have to be complicated, but it does take some planning.",
          "For {a}, understanding {k} is often the difference between guessing and deciding with"
              + " confidence.",
          "Many people approach {k} with more enthusiasm than strategy, which is understandable.",
          "The goal here is simple: a clear and {d} overview of {k} that {s} can act on.",
          "Whether {s} are just starting out or refining an existing routine, a thoughtful approach"
              + " to {k} pays off.",
          "Few topics look as simple from the outside as {k}.",
          "Once the basics are clear, the rest of {k} falls into place much faster.",
          "Interest in {k} keeps growing.",
          "This guide keeps things practical and skips the jargon.",
          "{s} will find ideas here that work in the real world, not just on paper.",
          "Done well, work on {k} saves time, money and a fair amount of frustration.",
          "Below are the ideas that matter most, in the order {s} are likely to need them.");

  static final List<Template> BODY =
      Template.all(
          "When it comes to {t}, the most {d} move is usually the simplest one.",
          "A good first step is to write down what {s} actually want from {k}.",
          "Most problems with {k} start with unclear goals rather than a lack of effort.",
          "It helps to break {t} into smaller decisions that {s} can make one at a time.",
          "{a} often find that a short checklist keeps {t} on track.",
          "Small, consistent improvements tend to beat dramatic changes that are hard to sustain.",
          "Before committing to anything, compare at least two or three options side by side.",
          "Take notes along the way, because patterns only become visible over time.",
          "There is no single right answer here, but some approaches are clearly more {d} than"
              + " others.",
          "The details of {t} matter more than most people expect.",
          "{s} do not need expensive tools to make real progress with {k}.",
          "Set aside a little time each week to review what worked and what did not.",
          "A common trap is copying someone else's approach without adapting it to {p} own"
              + " situation.",
          "Think of {k} as a process rather than a one-time task.",
          "Asking a few simple questions up front can save hours of rework later.",
          "Good results with {k} usually come from clear priorities and steady follow-through.",
          "If something feels overly complicated, it probably is, so look for a simpler path.",
          "Budget, time and skill level all shape what makes sense for {t}.",
          "It is worth revisiting {t} every few months, because needs change.",
          "Experienced practitioners tend to keep their setup lean and easy to maintain.",
          "For {a}, the real value of {k} shows up in everyday decisions.",
          "Start with the essentials and add complexity only when there is a clear reason to.",
          "Clear documentation makes {t} far easier to repeat and improve.",
          "Feedback from others can reveal blind spots that are hard to see from the inside.",
          "Measure what matters, and ignore numbers that do not change {p} decisions.",
          "A realistic timeline keeps expectations in check and motivation high.",
          "Mistakes are part of the process, as long as {s} learn from them quickly.",
          "The best approach to {t} is one that {s} can sustain for months, not just days.",
          "Try one change at a time so it is clear what actually made the difference.",
          "Quality usually matters more than quantity when it comes to {k}.",
          "Keep {p} goals visible, because it is easy to drift once things get busy.",
          "Simple habits, repeated often, are the backbone of {d} work with {k}.",
          "It pays to understand the reasoning behind each recommendation, not just the steps.",
          "When in doubt, test a small version first and scale up what works.",
          "Preparation shapes the outcome of {t} more than most people assume.",
          "Each part of {t} builds on the one before it, so the order matters.",
          "A little curiosity goes a long way: ask why things work, not only how.",
          "Trusted sources are worth more than a long list of links.",
          "Any approach to {k} works best when it fits naturally into existing routines.",
          "Progress with {t} is rarely linear, so expect a few plateaus along the way.",
          "Comparing results against a clear baseline shows whether changes are paying off.",
          "Where possible, automate the repetitive parts and keep {p} attention for judgment"
              + " calls.",
          "A second opinion on {t} can confirm good instincts or catch costly errors early.",
          "Being specific about constraints makes every later decision easier.",
          "{s} can always refine the details later; getting started matters more.",
          "Even a rough plan for {t} beats no plan at all.",
          "Look for the one or two factors that drive most of the results.",
          "The right level of detail depends on how much is at stake.",
          "It is easier to improve something that exists than something that is still perfect in"
              + " theory.",
          "People who succeed with {k} usually treat it as a habit rather than a project.",
          "Every situation is a little different, so adapt these ideas rather than copying them.",
          "Tracking a handful of simple indicators is enough for most purposes.",
          "Clear communication about {t} prevents many misunderstandings before they start.",
          "Reliable routines free up energy for the decisions that really matter.",
          "Simple beats clever in most cases.",
          "Write things down; memory is unreliable.",
          "Good preparation makes {t} far less stressful.",
          "Consistency matters more than intensity here.",
          "Start with what {s} already know.",
          "Every choice involves some trade-off.",
          "Small tests reveal a lot.");

  static final List<Template> LIST_LEADS =
      Template.all(
          "A few points are worth keeping in mind:",
          "Here is a quick checklist for {t}:",
          "Consider the following before moving on:",
          "The essentials of {t} come down to a handful of points:",
          "Keep these ideas close at hand:",
          "A simple routine for {t} might look like this:");

  static final List<Template> LIST_ITEMS =
      Template.all(
          "Define a clear goal before starting",
          "Keep a simple record of what changes",
          "Review progress on a regular schedule",
          "Start small and expand what works",
          "Ask for feedback early and often",
          "Compare at least two options",
          "Set a realistic budget and timeline",
          "Focus on quality over quantity",
          "Remove steps that add no value",
          "Learn from one mistake at a time",
          "Document the process so it can be repeated",
          "Revisit assumptions every few months",
          "Choose tools that are easy to maintain",
          "Match the approach to {p} experience level",
          "Keep {k} tied to real needs",
          "Celebrate small wins to stay motivated",
          "Test changes before rolling them out widely",
          "Protect time for planning, not just doing",
          "Write down what success looks like",
          "Cut anything that only adds complexity");

  static final List<Faq> FAQ =
      List.of(
          faq(
              "What is the core idea behind {k}?",
              "In short, it comes down to making deliberate choices instead of leaving results to"
                  + " chance."),
          faq(
              "How long does it take to see results with {k}?",
              "It depends on {p} goals, but steady effort usually shows results within a few"
                  + " weeks."),
          faq(
              "Can beginners get good results with {k}?",
              "Yes, as long as {s} start with the basics and build from there."),
          faq(
              "What does getting started with {k} cost?",
              "Costs vary widely, so set a budget first and decide what matters most."),
          faq(
              "What are the most common mistakes with {k}?",
              "Skipping preparation is the most frequent one, followed by trying to do too much at"
                  + " once."),
          faq(
              "Are special tools needed for {k}?",
              "Usually not; a simple setup and a consistent routine are enough to get going."),
          faq(
              "How often should the approach to {k} be reviewed?",
              "A short review every month is a good rhythm for most situations."),
          faq(
              "Where is the best place to start with {k}?",
              "Start with one clear goal, keep notes and adjust as {s} learn what works."),
          faq(
              "Is it possible to handle {k} on a small budget?",
              "Yes, many of the most {d} steps cost little more than time and attention."),
          faq(
              "How can {s} tell whether the effort on {k} is paying off?",
              "Look for steady, measurable improvement rather than sudden jumps."),
          faq(
              "What makes {k} worth the effort?",
              "The benefits add up over time, which is why patience pays off."),
          faq(
              "Who benefits most from {k}?",
              "It is especially useful for {a}, although almost anyone can apply the core ideas."));

  static final List<Template> CONCLUSION =
      Template.all(
          "None of this has to feel overwhelming once the fundamentals of {k} are in place.",
          "The ideas above are a solid starting point, and the rest comes with practice.",
          "Start with one change, measure the result and build from there.",
          "With clear goals and steady effort, progress with {k} becomes far more manageable.",
          "Come back to this guide whenever {s} need a quick refresher.",
          "In the end, the most {d} approach to {k} is the one {s} can keep doing.",
          "Every expert started as a beginner, so there is no reason to wait.",
          "Pick the ideas that fit {p} situation and set the rest aside for later.",
          "Small, steady steps will take {o} further than any single big push.",
          "The sooner {s} start, the sooner the results of {k} begin to show.");

  /** Short sentences of every length from 2 to 9 words, to land on the target word count. */
  static final List<Template> SHORT =
      Template.all(
          "That matters.",
          "Details matter.",
          "Start small.",
          "Stay curious.",
          "Keep it simple.",
          "Progress takes patience.",
          "Consistency beats intensity.",
          "Timing matters too.",
          "Small steps add up.",
          "Clarity makes everything easier.",
          "Less is often more.",
          "Done is better than perfect.",
          "Good habits compound over time.",
          "Reflection turns experience into skill.",
          "Every bit of practice counts.",
          "Planning ahead pays off every time.",
          "Focus on what moves the needle.",
          "There is always room to improve.",
          "Clear goals make decisions much easier.",
          "Simple systems are easier to keep running.",
          "Simple tools are often the best ones.",
          "Review, adjust and try again when needed.",
          "Patience and practice do most of the work.",
          "A steady pace wins over the long run.",
          "Nobody gets everything right on the first attempt.",
          "The basics deserve more attention than they usually get.",
          "Each step makes the next one a little easier.",
          "Progress is easier to see once written down.");

  static final List<Aspect> ASPECTS =
      List.of(
          aspect("Understanding the basics of {k}", "Understanding the basics", "the basics"),
          aspect("Why it pays to understand {k}", "Why this topic matters", "the fundamentals"),
          aspect("Getting started with {k}", "Getting started", "getting started"),
          aspect("Key benefits of {k}", "Key benefits", "the benefits"),
          aspect("Common mistakes to avoid", "common mistakes"),
          aspect("Choosing the right approach", "choosing an approach"),
          aspect("Planning and preparation", "planning"),
          aspect("Costs and budgeting", "budgeting"),
          aspect("Tools and resources", "tools and resources"),
          aspect("Putting {k} into practice", "Putting it into practice", "day-to-day practice"),
          aspect("Measuring results", "measuring results"),
          aspect("Tips from experience", "practical tips"),
          aspect("Advanced strategies for {k}", "Advanced strategies", "advanced strategies"),
          aspect("Myths and misconceptions about {k}", "Myths and misconceptions", "common myths"),
          aspect("Staying consistent over time", "consistency"),
          aspect("Comparing the options", "comparing options"),
          aspect("Real-world examples", "real-world examples"),
          aspect("Troubleshooting common problems", "troubleshooting"),
          aspect("Long-term maintenance", "long-term maintenance"),
          aspect("Trends worth watching", "current trends"),
          aspect("Questions to ask before starting", "the right questions"),
          aspect(
              "Fitting {k} into everyday life",
              "Fitting it into everyday life",
              "everyday routines"),
          aspect("Building good habits", "habits"),
          aspect("Working with others", "collaboration"),
          aspect("Saving time without cutting corners", "efficiency"),
          aspect("Setting realistic goals", "goal setting"),
          aspect("Learning from feedback", "feedback"),
          aspect("Scaling up what works", "scaling up"),
          aspect("Risks and trade-offs", "risks and trade-offs"),
          aspect("Keeping things simple", "simplicity"),
          aspect("A checklist for {k}", "A quick checklist", "the essentials"),
          aspect("What the experts recommend", "expert advice"));

  /** How many of {@link #ASPECTS} make a good first section. */
  static final int OPENING_ASPECTS = 3;

  /** Headings for a second, third and fourth section on the same topic in very long articles. */
  static final List<String> REVISITED = List.of("A closer look at ", "More on ", "Revisiting ");

  private static Aspect aspect(String heading, String topic) {
    return aspect(heading, heading, topic);
  }

  private static Aspect aspect(String heading, String plainHeading, String topic) {
    return new Aspect(Template.of(heading), plainHeading, topic);
  }

  private static Faq faq(String question, String answer) {
    return new Faq(Template.of(question), Template.of(answer));
  }
}
