//! The engine's behaviour, case by case: a table of realistic editing situations across the languages.
//!
//! Each case is `(language, code, expected first suggestion)`; the code holds the cursor as `‸`, which is removed
//! and whose position, in Unicode scalar values, becomes the cursor.

use super::*;

/// The cursor marker in the cases' code.
const CURSOR: char = '‸';

/// The suggestions for a marked code: the code without its marker, the cursor where the marker was.
fn suggestions_for(language: &str, marked: &str) -> Vec<Suggestion> {
    let cursor = marked
        .chars()
        .position(|character| character == CURSOR)
        .expect("every case marks its cursor");
    let code: String = marked
        .chars()
        .filter(|character| *character != CURSOR)
        .collect();
    let request = CompletionRequest {
        code: &code,
        cursor,
        language,
    };
    let suggestions = suggest(&request).expect("the cursor is in range");
    assert_well_formed(&suggestions, &|| format!("{language} {marked:?}"));
    suggestions
}

/// Runs one case: its best suggestion.
fn first_suggestion(language: &str, marked: &str) -> Option<Suggestion> {
    suggestions_for(language, marked).into_iter().next()
}

/// Every suggestion has a confidence in (0, 1], some text, and its caret within that text.
fn assert_well_formed(suggestions: &[Suggestion], case: &dyn Fn() -> String) {
    for suggestion in suggestions {
        assert!(
            suggestion.confidence > 0.0 && suggestion.confidence <= 1.0,
            "{}: {suggestion:?} out of (0, 1]",
            case()
        );
        assert!(
            !suggestion.text.is_empty(),
            "{}: an empty suggestion",
            case()
        );
        assert!(
            suggestion.cursor_offset <= suggestion.text.chars().count(),
            "{}: {suggestion:?} puts the caret past its text",
            case()
        );
    }
}

/// `(language, code with ‸, expected first suggestion)`.
type Case = (&'static str, &'static str, Option<&'static str>);

const PYTHON: &[Case] = &[
    (
        "python",
        "def calculate_sum(a, b):\n    return ‸",
        Some("a + b"),
    ),
    ("python", "calculate_total = 1\ncalc‸", Some("ulate_total")),
    ("python", "import os\nos.pa‸", Some("th")),
    ("python", "import os\npath = os.path.jo‸", Some("in()")),
    (
        "python",
        "import json\n\ndef read(text):\n    return json.lo‸",
        Some("ads()"),
    ),
    ("python", "import sys\nsys.‸", Some("argv")),
    (
        "python",
        "from os import path\nfull = path.abs‸",
        Some("path()"),
    ),
    ("python", "if __name__‸", Some(" == \"__main__\":")),
    (
        "python",
        "def main():\n    pass\n\nif __name__ == \"__main__\":\n    ‸",
        Some("main()"),
    ),
    ("python", "for i in ‸", Some("range(")),
    ("python", "items = [1, 2, 3]\nfor item in ‸", Some("items:")),
    (
        "python",
        "def total(prices):\n    for ‸",
        Some("price in prices:"),
    ),
    (
        "python",
        "names = load()\nfor i, name in ‸",
        Some("enumerate(names):"),
    ),
    (
        "python",
        "scores = {}\nfor name, score in ‸",
        Some("scores.items():"),
    ),
    (
        "python",
        "class User:\n    def __init__(self, name, age):\n        self.name = name\n        self.‸",
        Some("age = age"),
    ),
    (
        "python",
        "class Counter:\n    def __init__(self):\n        self.count = 0\n\n    def increment(self):\n        self.co‸",
        Some("unt"),
    ),
    (
        "python",
        "class Cart:\n    def __init__(self):\n        self.items = []\n\n    def clear(self):\n        pass\n\n    def reset(self):\n        self.cl‸",
        Some("ear()"),
    ),
    (
        "python",
        "def average(values):\n    total = 0\n    for value in values:\n        total += value\n    return ‸",
        Some("total"),
    ),
    (
        "python",
        "def double(number):\n    return ‸",
        Some("number * 2"),
    ),
    ("python", "def multiply(x, y):\n    return‸", Some(" x * y")),
    ("python", "print(\"hello‸", Some("\")")),
    ("python", "result = compute(values[0‸", Some("])")),
    ("python", "def area(width, height‸", Some("):")),
    ("python", "try‸", Some(":")),
    ("python", "with open(\"data.txt\")‸", Some(" as f:")),
    (
        "python",
        "try:\n    run()\nexcept ValueError‸",
        Some(" as e:"),
    ),
    ("python", "match command:\n    ‸", Some("case ")),
    ("python", "import o‸", Some("s")),
    ("python", "from collections import de‸", Some("faultdict")),
    ("python", "words = []\nwords.app‸", Some("end()")),
    (
        "python",
        "def f(user_name):\n    user_email = 1\n    print(user_‸",
        Some("email"),
    ),
    ("python", "résumé_总计 = 1\nrésumé_‸", Some("总计")),
    // In a definition's parameters, a parameter comes, not a call of a built-in (`set(`, `setattr(`).
    ("python", "class Codec:\n    def encode(se‸", Some("lf")),
    // Nearer names first, then more frequent ones.
    (
        "python",
        "total_far = 1\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\ntotal_near = 2\nprint(total_‸",
        Some("near"),
    ),
    (
        "python",
        "count_a = 1\ncount_b = 2\ncount_b += 1\ncount_b += 2\ncount_a\nx = count_‸",
        Some("b"),
    ),
    (
        "python",
        "greeting = \"café 🎉 日本\"\nprint(greet‸",
        Some("ing"),
    ),
    (
        "python",
        "# 注释\n数据 = [1, 2]\nfor 项 in ‸",
        Some("数据:"),
    ),
    ("py", "def greet(name):\n    print(name‸)", None),
    ("python", "values = [1, 2]\ntotal = sum(values‸)", None),
    ("python", "# compute the tot‸", None),
    ("python", "total = 1\nmessage = \"the tot‸al\"", None),
    ("python", "‸", None),
    ("python", "‸import os", None),
    ("python", "x = 1\n\n    ‸\ny = 2", None),
    ("python", "print(‸", None),
    // Non-ASCII text before the cursor (an emoji is 4 bytes, a CJK character 3, an accent 2) moves nothing.
    (
        "python",
        "# 🎉\ndef calculate_sum(a, b):\n    return ‸",
        Some("a + b"),
    ),
    (
        "python",
        "def calculate_sum(a, b):  # 合计 é\n    return ‸",
        Some("a + b"),
    ),
    (
        "python",
        "total_count = 1\nlabel = \"🎉 café\"; x = total_c‸",
        Some("ount"),
    ),
    ("python", "import os\nprint(\"日本\", os.pa‸", Some("th")),
    ("python", "数据 = []\n数据.app‸", Some("end()")),
    ("python", "names = []\nprint(\"🎉\", len(names‸", Some("))")),
    // A typed ideographic space (3 bytes) after the cursor stands for the space before the value.
    (
        "python",
        "def calculate_sum(a, b):\n    return‸\u{3000}",
        Some("a + b"),
    ),
];

const JAVASCRIPT: &[Case] = &[
    ("javascript", "console.lo‸", Some("g()")),
    ("js", "console.‸", Some("log()")),
    ("javascript", "const total = Math.fl‸", Some("oor()")),
    ("js", "const body = JSON.‸", Some("stringify()")),
    ("javascript", "const keys = Object.k‸", Some("eys()")),
    (
        "javascript",
        "const items = [1, 2, 3];\nfor (let i = 0‸",
        Some("; i < items.length; i++) {"),
    ),
    (
        "javascript",
        "const users = getUsers();\nfor (const user of ‸",
        Some("users) {"),
    ),
    ("JavaScript", "switch (action.type) {\n  ‸", Some("case ")),
    (
        "javascript",
        "const limit = 10;\nfunction add(a, b) {\n  return ‸",
        Some("a + b;"),
    ),
    ("javascript", "const names = [];\nnames.pu‸", Some("sh()")),
    ("javascript", "console.log(\"done‸", Some("\")")),
    (
        "javascript",
        "const x = 1;\nconsole.log(\"done‸",
        Some("\");"),
    ),
    ("javascript", "if (isValid(input‸", Some(")) {")),
    (
        "jsx",
        "return (\n  <div>\n    <span>Hi</span>\n  </‸",
        Some("div>"),
    ),
    (
        "javascript",
        "class Cart {\n  constructor() {\n    this.items = [];\n  }\n  total() {\n    return this.it‸",
        Some("ems"),
    ),
    (
        "javascript",
        "const émoji = '🎉🎉';\nconsole.log(ém‸",
        Some("oji"),
    ),
    (
        "javascript",
        "try {\n  run();\n} catch (‸",
        Some("error) {"),
    ),
    (
        "javascript",
        "function fetchData() {\n  // TODO: fet‸",
        None,
    ),
    (
        "javascript",
        "const fetchData = 1;\nconst greeting = 'hel‸lo';",
        None,
    ),
    ("javascript", "console.log(‸)", None),
    ("javascript", "console.log‸()", None),
    ("js", "const total = compute(‸);", None),
    (
        "javascript",
        "// 🎉 日本語\nconst limit = 10;\nfunction add(a, b) {\n  return ‸",
        Some("a + b;"),
    ),
    ("js", "const title = '日本語 🎉'; console.lo‸", Some("g()")),
    ("javascript", "const café = [];\ncafé.pu‸", Some("sh()")),
    (
        "javascript",
        "const x = 1;\nconsole.log('café 🎉', x‸",
        Some(");"),
    ),
    // A typed no-break space (2 bytes) after the cursor.
    (
        "javascript",
        "const limit = 10;\nfunction add(a, b) {\n  return‸\u{a0}",
        Some("a + b;"),
    ),
];

const TYPESCRIPT: &[Case] = &[
    (
        "typescript",
        "interface User {\n  name: string;\n}\nfunction greet(user: User): str‸",
        Some("ing"),
    ),
    ("ts", "const ids: number[] = [];\nids.fi‸", Some("lter()")),
    (
        "tsx",
        "const element = document.getEl‸",
        Some("ementById()"),
    ),
    (
        "TypeScript",
        "function scale(value: number, factor: number): number {\n  const product = 1;\n  return ‸",
        Some("product;"),
    ),
    (
        "typescript",
        "// 🎉\nfunction scale(value: number, factor: number): number {\n  const product = 1;\n  return ‸",
        Some("product;"),
    ),
];

const RUST: &[Case] = &[
    (
        "rust",
        "enum Direction { North, South, East, West }\n\nfn turn(direction: Direction) {\n    match direction {\n        Direction::North => {}\n        ‸\n    }\n}",
        Some("Direction::South => "),
    ),
    (
        "rust",
        "fn main() {\n    let value = 3;\n    match value {\n        ‸\n    }\n}",
        Some("_ => "),
    ),
    (
        "rust",
        "fn parse(input: &str) -> Option<u32> {\n    match input.parse::<u32>() {\n        Ok(value) => Some(value),\n        ‸\n    }\n}",
        Some("Err(err) => "),
    ),
    (
        "rs",
        "fn main() {\n    let mut name = String::‸",
        Some("new()"),
    ),
    ("rust", "use std::collections::‸", Some("HashMap")),
    // A word only the doc comment right above mentions is listed (below the inline bar).
    (
        "rust",
        "pub struct OctetKey {\n    /// The octet key value\n    pub va‸",
        Some("lue"),
    ),
    (
        "rust",
        "fn sum(values: &[i32]) -> i32 {\n    values.iter().su‸",
        Some("m()"),
    ),
    (
        "rust",
        "fn main() {\n    let names = vec![\"a\", \"b\"];\n    for name in ‸",
        Some("&names {"),
    ),
    ("rust", "fn main() {\n    println!(\"hello‸", Some("\");")),
    ("rust", "fn main‸", Some("() {")),
    (
        "rust",
        "fn main() {\n    let mut list = Vec::new();\n    list.pu‸",
        Some("sh()"),
    ),
    (
        "rust",
        "enum Shape { Circle(f64), Square(f64) }\nfn f() { let s = Shape::Ci‸",
        Some("rcle("),
    ),
    (
        "rust",
        "let s = \"it's 'quoted'\";\nfn f<'a>(x: &'a str) { let counter = 1; cou‸",
        Some("nter"),
    ),
    (
        "rust",
        "/* outer /* nested */ still a comment: cal‸ */",
        None,
    ),
    (
        "rust",
        "enum Light { Red, Green }\nfn f(light: Light) {\n    match light {\n        Light::Red => {}\n        Light::Green => {}\n        ‸\n    }\n}",
        None,
    ),
    (
        "rust",
        "fn main() {\n    let total = compute();\n    let t = tot‸al;",
        None,
    ),
    (
        "rust",
        "// é\nfn main() {\n    let s = \"日本\"; let mut list = Vec::new();\n    list.pu‸",
        Some("sh()"),
    ),
    (
        "rust",
        "// 🎉\nfn add(a: i32, b: i32) -> i32 {\n    return ‸",
        Some("a + b;"),
    ),
    (
        "rust",
        "enum Direction { North, South } // 🧭\n\nfn turn(direction: Direction) {\n    match direction {\n        Direction::North => {}\n        ‸\n    }\n}",
        Some("Direction::South => "),
    ),
];

const GO: &[Case] = &[
    (
        "go",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Pri‸",
        Some("ntln()"),
    ),
    (
        "golang",
        "func load(path string) (*Config, error) {\n\tdata, err := os.ReadFile(path)\n\tif err != nil {\n\t\t‸",
        Some("return nil, err"),
    ),
    ("go", "func main() {\n\tif err‸", Some(" != nil {")),
    (
        "go",
        "func sum(numbers []int) int {\n\ttotal := 0\n\tfor ‸",
        Some("_, number := range numbers {"),
    ),
    ("go", "func main() {\n\tswitch day {\n\t‸", Some("case ")),
    (
        "go",
        "func count(items []string) int {\n\tfor i := 0‸",
        Some("; i < len(items); i++ {"),
    ),
    (
        "go",
        "func main() {\n\ts := \"héllo wörld 🎉\"\n\tfmt.Println(s‸",
        Some(")"),
    ),
    ("go", "func main() {\n\tx := strings.Trim‸", Some("Space()")),
    (
        "go",
        "// 🎉\nfunc main() {\n\ts := \"日本\"; fmt.Pri‸",
        Some("ntln()"),
    ),
    (
        "go",
        "// 读取配置 🎉\nfunc load(path string) (*Config, error) {\n\tdata, err := os.ReadFile(\"配置.json\")\n\tif err != nil {\n\t\t‸",
        Some("return nil, err"),
    ),
];

const JAVA: &[Case] = &[
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        System.out.pr‸",
        Some("intln()"),
    ),
    (
        "java",
        "List<String> names = new ArrayList<>();\nfor (String name : ‸",
        Some("names) {"),
    ),
    (
        "java",
        "int[] scores = {90, 85};\nfor (int i = 0‸",
        Some("; i < scores.length; i++) {"),
    ),
    (
        "java",
        "public class App {\n    public static void main‸",
        Some("(String[] args) {"),
    ),
    (
        "java",
        "String text = \"abc\";\nint n = text.len‸",
        Some("gth()"),
    ),
    (
        "java",
        "switch (day) {\n    case MONDAY:\n        work();\n        break;\n    ‸",
        Some("case "),
    ),
    (
        "java",
        "class A {\n    int twice(int value) {\n        return ‸",
        Some("value * 2;"),
    ),
    ("java", "@Over‸", Some("ride")),
    (
        "java",
        "class A {\n    // café ☕\n    int twice(int value) {\n        return ‸",
        Some("value * 2;"),
    ),
];

const C_AND_CPP: &[Case] = &[
    ("c", "#include <std‸", Some("io.h>")),
    (
        "c",
        "int main(void) {\n    printf(\"Hello, world!\\n\"‸",
        Some(");"),
    ),
    ("c", "int main(void) {\n    return ‸", Some("0;")),
    (
        "c",
        "struct point { int x; int y; };\n\nint norm(struct point *p) {\n    return p->‸",
        Some("x"),
    ),
    ("h", "#ifndef UTIL_H\n#def‸", Some("ine ")),
    (
        "c",
        "int sum(int *values, int n) {\n    for (int i = 0‸",
        Some("; i < n; i++) {"),
    ),
    ("c", "int main(void) {\n    if (count > limit‸", Some(") {")),
    ("cpp", "#include <vec‸", Some("tor>")),
    ("c++", "int main() {\n    std::co‸", Some("ut")),
    (
        "cpp",
        "std::vector<int> values;\nvalues.push‸",
        Some("_back()"),
    ),
    (
        "cc",
        "std::vector<std::string> items;\nfor (const auto& item : ‸",
        Some("items) {"),
    ),
    ("cpp", "int main‸", Some("() {")),
    (
        "c",
        "/* é */ int main(void) {\n    printf(\"日本 %d\\n\", 1‸",
        Some(");"),
    ),
    (
        "cpp",
        "// 日本\nint main() {\n    std::string s = \"é\"; std::co‸",
        Some("ut"),
    ),
];

const OTHER_LANGUAGES: &[Case] = &[
    (
        "kotlin",
        "val totalCount = 0\nval x = total‸",
        Some("Count"),
    ),
    ("ruby", "# a comment with wor‸", None),
    ("some-new-language", "foo(bar‸", Some(")")),
    ("ruby", "def greeting\n  puts \"hello‸", Some("\"")),
    ("", "‸", None),
    (
        "kotlin",
        "// 🎉 é\nval totalCount = 0\nval s = \"日本\"; val x = total‸",
        Some("Count"),
    ),
];

#[test]
fn every_case_suggests_the_natural_next_text() {
    let cases = [
        PYTHON,
        JAVASCRIPT,
        TYPESCRIPT,
        RUST,
        GO,
        JAVA,
        C_AND_CPP,
        OTHER_LANGUAGES,
    ]
    .concat();
    let mut failures = Vec::new();
    for (language, code, expected) in &cases {
        let got = first_suggestion(language, code);
        if got.as_ref().map(|suggestion| suggestion.text.as_str()) != *expected {
            failures.push(format!(
                "[{language}] {code:?}\n    expected {expected:?}\n    got      {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    assert!(cases.len() >= 60, "the suite covers at least 60 cases");
}

#[test]
fn the_specs_example_suggests_the_sum_of_the_parameters_with_high_confidence() {
    let code = "def calculate_sum(a, b):\n    return ";
    let request = CompletionRequest {
        code,
        cursor: 35,
        language: "python",
    };
    let suggestions = suggest(&request).expect("cursor in range");
    assert_eq!(suggestions[0].text, "a + b");
    assert!((suggestions[0].confidence - 0.95).abs() < f64::EPSILON);
}

#[test]
fn a_cursor_past_the_end_is_an_error() {
    let request = CompletionRequest {
        code: "héllo",
        cursor: 6,
        language: "python",
    };
    assert_eq!(
        suggest(&request),
        Err(CompletionError::CursorOutOfRange {
            cursor: 6,
            length: 5
        })
    );
    let request = CompletionRequest {
        code: "héllo",
        cursor: 5,
        language: "python",
    };
    assert!(suggest(&request).is_ok());
    let request = CompletionRequest {
        code: "",
        cursor: 1,
        language: "rust",
    };
    assert_eq!(
        suggest(&request),
        Err(CompletionError::CursorOutOfRange {
            cursor: 1,
            length: 0
        })
    );
}

#[test]
fn byte_offsets_follow_scalar_values() {
    assert_eq!(byte_offset("héllo", 2), Some(3));
    assert_eq!(byte_offset("🎉x", 1), Some(4));
    assert_eq!(byte_offset("abc", 3), Some(3));
    assert_eq!(byte_offset("abc", 4), None);
    assert_eq!(byte_offset("", 0), Some(0));
}

#[test]
fn exact_constructs_are_more_confident_than_name_guesses() {
    let construct = first_suggestion("python", "if __name__‸").expect("a construct");
    let name = first_suggestion("python", "total_a = 1\ntotal_b = 2\ntot‸").expect("a name");
    assert!(construct.confidence >= 0.9, "{construct:?}");
    assert!(name.confidence < construct.confidence, "{name:?}");
}

#[test]
fn language_names_are_case_insensitive_with_aliases() {
    for (name, language) in [
        ("Python", Language::Python),
        ("PY", Language::Python),
        ("jsx", Language::JavaScript),
        ("tsx", Language::TypeScript),
        ("rs", Language::Rust),
        ("golang", Language::Go),
        ("c++", Language::Cpp),
        ("hpp", Language::Cpp),
        ("h", Language::C),
        ("cobol", Language::Other),
    ] {
        assert_eq!(Language::from_name(name), language, "{name}");
    }
}

#[test]
fn no_input_makes_it_panic() {
    let samples = [
        "é🎉日本\u{0301}\"'`/*#//\\",
        "r#\"raw",
        "'a",
        "fn f<'a>(",
        "`${`${x}`",
        "/[/",
        "\"\"\"",
        "''' ",
        "#include <",
        "x.",
        "::",
        "->",
        "?.",
        "a..b.",
        "\"é\\",
        "match x {\n",
        "switch (x) {\n",
        "for (",
        "for ",
        "return ",
        "print(f\"é{日 {{",
        "#[derive(é, ",
        "m := map[string]é",
        "func f() (int, error) {\n\tif err",
        "println!(\"{}\", é",
        "x = f(é, \"(\", 1)\ny = f(é, \"(\", 1)\nz = f(é",
        "import numpy as n",
        "arr.reduce((é, x) => ",
        "\tself.a = 1\n\tself.b = 2\n\tself.c = 3\n\t",
        "  日.a\n  日.b\n  ",
        "app.get('/', (req, res) => {\n  res.",
        "`${é",
        "fn f() -> Result<(), E> {\n    let x = read(é)",
    ];
    let languages = [
        "python",
        "javascript",
        "typescript",
        "rust",
        "go",
        "java",
        "c",
        "cpp",
        "ruby",
        "unknown",
    ];
    for sample in samples {
        for language in languages {
            for cursor in 0..=sample.chars().count() {
                let request = CompletionRequest {
                    code: sample,
                    cursor,
                    language,
                };
                assert!(
                    suggest(&request).is_ok(),
                    "{language} {sample:?} at {cursor}"
                );
            }
        }
    }
}

/// Runs one case and returns what would be shown inline (the response's `suggestion`) and its caret offset.
fn inline(language: &str, marked: &str) -> Option<(String, usize)> {
    let cursor = marked
        .chars()
        .position(|character| character == CURSOR)
        .expect("every case marks its cursor");
    let code: String = marked
        .chars()
        .filter(|character| *character != CURSOR)
        .collect();
    let request = CompletionRequest {
        code: &code,
        cursor,
        language,
    };
    let suggestions = suggest(&request).expect("the cursor is in range");
    inline_suggestion(&suggestions).map(|best| (best.text.clone(), best.cursor_offset))
}

/// The everyday snippets of issue 17 and the idioms added for them: `(language, code with ‸, what is shown
/// inline)`, `None` where the engine must rather say nothing than guess.
const INLINE: &[Case] = &[
    (
        "python",
        "name = 'Ada'\nprint(f\"Hello, {name‸",
        Some("}\")"),
    ),
    // An empty placeholder: the value is the developer's to type; closing it inline would leave `{}`.
    ("python", "print(f\"Hello, {‸", None),
    // A receiver of unknown type: letters that begin only one built-in method name it.
    (
        "javascript",
        "function shout(name) {\n  return name.toUpp‸",
        Some("erCase()"),
    ),
    ("javascript", "const value = input.tr‸", Some("im()")),
    ("javascript", "if (roles.incl‸", Some("udes()")),
    (
        "python",
        "def shout(name):\n    return name.upp‸",
        Some("er()"),
    ),
    (
        "python",
        "def clean(word):\n    return word.isd‸",
        Some("igit()"),
    ),
    ("python", "text = line.stri‸", Some("p()")),
    ("java", "String loud = name.toUpp‸", Some("erCase()")),
    // ... not where the code writes another member those letters begin, one letter says too little, or the
    // letters begin an array's `length` and a string's `length()` alike.
    (
        "javascript",
        "console.log(m.content);\nfunction f(m) {\n  return m.con‸",
        Some("tent"),
    ),
    (
        "python",
        "def f(p):\n    print(p.spam)\n    return p.sp‸",
        Some("am"),
    ),
    ("javascript", "const n = item.c‸", None),
    ("java", "int h = hashes[i % hashes.le‸", None),
    // A name begun in a placeholder is completed as it is outside the string, with the editor's `}` and quote
    // after it or without them.
    (
        "python",
        "name = input()\nprint(f\"Hello, {na‸}\")",
        Some("me"),
    ),
    ("python", "total = 5\nprint(f\"Total: {tot‸", Some("al}\")")),
    (
        "python",
        "def greet(user):\n    return f\"Hi {us‸}\"",
        Some("er"),
    ),
    (
        "python",
        "def line(price, quantity):\n    print(f\"{price} x {qu‸}\")",
        Some("antity"),
    ),
    (
        "python",
        "for item in items:\n    print(f'- {it‸}')",
        Some("em"),
    ),
    (
        "python",
        "user = load()\nprint(user.name)\nprint(f\"Hello, {user.na‸}\")",
        Some("me"),
    ),
    (
        "python",
        "class Point:\n    def __init__(self, x):\n        self.x = x\n\np = Point(1)\nprint(f\"x = {p.‸}\")",
        None,
    ),
    // A name or a method begun inside the placeholder's own call or expression: its brackets close first.
    ("python", "words = []\nprint(f\"{len(wo‸)}\")", Some("rds")),
    (
        "python",
        "words = []\nprint(f\"Count: {len(wo‸",
        Some("rds)}\")"),
    ),
    (
        "python",
        "name = \"a\"\nprint(f\"{name.up‸}\")",
        Some("per()"),
    ),
    (
        "python",
        "price = 1\nqty = 2\nprint(f\"{price * qt‸}\")",
        Some("y"),
    ),
    ("python", "words = []\nprint(f\"{len(wo)‸}\")", None),
    // ... and left alone where no name of the code extends it, or the name is whole.
    ("python", "print(f\"Hello, {zq‸}\")", None),
    ("python", "name = input()\nprint(f\"Hello, {name‸}\")", None),
    (
        "javascript",
        "const who = 'Ada';\nconsole.log(`Hello, ${who‸",
        Some("}`);"),
    ),
    (
        "javascript",
        "const who = 'Ada';\nconsole.log(`Hello‸",
        Some("`);"),
    ),
    // The textbook recursions: after the base case, the recursive step; before it, nothing.
    (
        "python",
        "def fib(n):\n    if n < 2:\n        return n\n    return ‸",
        Some("fib(n - 1) + fib(n - 2)"),
    ),
    ("python", "def fib(n):\n    return ‸", None),
    (
        "python",
        "def factorial(n):\n    if n == 0:\n        return 1\n    return ‸",
        Some("n * factorial(n - 1)"),
    ),
    (
        "javascript",
        "function fibonacci(n) {\n  if (n <= 1) {\n    return n;\n  }\n  return ‸",
        Some("fibonacci(n - 1) + fibonacci(n - 2);"),
    ),
    (
        "go",
        "func fib(n int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n\treturn ‸",
        Some("fib(n - 1) + fib(n - 2)"),
    ),
    (
        "c",
        "int factorial(int n) {\n    if (n == 0) return 1;\n    return ‸",
        Some("n * factorial(n - 1);"),
    ),
    (
        "java",
        "class Main {\n    static long factorial(int n) {\n        if (n <= 1) return 1;\n        return ‸",
        Some("n * factorial(n - 1);"),
    ),
    (
        "python",
        "def calculate_sum(a, b):\n    return ‸",
        Some("a + b"),
    ),
    ("python", "def is_subtree(root, node):\n    return ‸", None),
    // An accumulator whose loop has just ended is the answer; inside the loop, nothing is sure.
    (
        "python",
        "def total(prices):\n    result = 0\n    for price in prices:\n        result += price\n    return ‸",
        Some("result"),
    ),
    (
        "python",
        "def first_big(prices):\n    seen = 0\n    for price in prices:\n        seen += 1\n        if price > 10:\n            return ‸",
        None,
    ),
    (
        "javascript",
        "function total(prices) {\n  let sum = 0\n  for (const price of prices) {\n    sum += price\n  }\n  return ‸",
        Some("sum"),
    ),
    (
        "go",
        "package main\n\nfunc sum(nums []int) int {\n\ttotal := 0\n\tfor _, n := range nums {\n\t\ttotal += n\n\t}\n\treturn ‸",
        Some("total"),
    ),
    (
        "rust",
        "fn main() {\n    let name = \"Ada\";\n    println!(\"Hello, {}!\", ‸",
        Some("name);"),
    ),
    (
        "javascript",
        "function add(a, b) {\n  return ‸",
        Some("a + b"),
    ),
    (
        "javascript",
        "function addListener(node, listener) {\n  return ‸",
        None,
    ),
    (
        "go",
        "package main\n\nfunc add(a, b int) int {\n\treturn ‸",
        Some("a + b"),
    ),
    (
        "rust",
        "fn add(a: i32, b: i32) -> i32 {\n    return ‸",
        Some("a + b;"),
    ),
    (
        "java",
        "class A {\n    int sum(int a, int b) {\n        return ‸",
        Some("a + b;"),
    ),
    ("c", "int add(int a, int b) {\n    return ‸", Some("a + b;")),
    (
        "go",
        "package main\n\nfunc main() {\n\tm := map[string]int‸",
        Some("{}"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tm := map[string]in‸",
        None,
    ),
    (
        "go",
        "package main\n\nfunc run() error {\n\terr := do()\n\tif err != nil {\n\t\t‸",
        Some("return err"),
    ),
    (
        "go",
        "package main\n\nimport \"os\"\n\nfunc main() {\n\tf, err := os.Open(\"notes.txt\")\n\tif err != nil {\n\t\t‸",
        Some("log.Fatal(err)"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tif err := run(); err != nil {\n\t\tpanic(err)\n\t}\n\tdata, err := load()\n\tif err != nil {\n\t\tpa‸",
        Some("nic(err)"),
    ),
    (
        "go",
        "package store\n\nfunc TestParse(t *testing.T) {\n\tgot, err := Parse(\"1\")\n\tif err != nil {\n\t\t‸",
        Some("t.Fatal(err)"),
    ),
    (
        "go",
        "package api\n\nfunc upload(w http.ResponseWriter, r *http.Request) {\n\tbody, err := io.ReadAll(r.Body)\n\tif err != nil {\n\t\t‸",
        Some("http.Error(w, err.Error(), http.StatusInternalServerError)"),
    ),
    // A function that neither returns an error nor has an obvious way out: nothing is guessed.
    (
        "go",
        "package main\n\nfunc process(items []string) {\n\tf, err := os.Open(\"x\")\n\tif err != nil {\n\t\t‸",
        None,
    ),
    (
        "go",
        "package main\n\nfunc load() (string, error) {\n\ttext, err := read()\n\tif err‸",
        Some(" != nil {\n\t\treturn \"\", err\n\t}"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tif err‸",
        Some(" != nil {"),
    ),
    ("rust", "fn main() {\n    println!(‸", Some("\"{}\", );")),
    (
        "rust",
        "fn main() {\n    let total = 3;\n    println!(\"{}\", ‸",
        Some("total);"),
    ),
    ("rust", "#[derive(‸", Some("Debug)]")),
    // After other traits, the next one alone: more follow it more often than not in real derive lists.
    ("rust", "#[derive(Debug, ‸", Some("Clone")),
    // A trait being typed is completed alone: in real derive lists more traits follow it more often than not.
    ("rust", "#[derive(Debug, Pa‸", Some("rtialEq")),
    (
        "rust",
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord, Serialize, Deserialize, ‸",
        None,
    ),
    (
        "rust",
        "fn read() -> Result<String, std::io::Error> {\n    let text = std::fs::read_to_string(\"a.txt\")‸",
        Some("?;"),
    ),
    (
        "rust",
        "fn main() {\n    let text = std::fs::read_to_string(\"a.txt\")‸",
        None,
    ),
    ("python", "import numpy as ‸", Some("np")),
    ("python", "import pandas as ‸", Some("pd")),
    ("python", "import matplotlib.pyplot as ‸", Some("plt")),
    ("python", "import mymodule as ‸", None),
    ("python", "import json\n\ndata = json.‸", Some("loads()")),
    ("python", "import json\n\nprint(json.‸", Some("dumps()")),
    ("javascript", "console.‸", Some("log()")),
    (
        "javascript",
        "app.get('/', (req, res) => {\n  res.‸",
        Some("json()"),
    ),
    ("javascript", "const body = req.‸", None),
    (
        "javascript",
        "const total = arr.reduce((acc, x) => ‸",
        Some("acc + x, 0);"),
    ),
    ("javascript", "const doubled = items.map((item) => ‸", None),
    // A member of an object the code says nothing about: a guess is not shown inline.
    ("python", "def f(thing):\n    thing.‸", None),
    ("python", "with open('data.txt') as ‸", Some("f:")),
    (
        "python",
        "try:\n    run()\nexcept ‸",
        Some("Exception as e:"),
    ),
    (
        "python",
        "class Point:\n    def __init__(self, x, y):\n        ‸",
        Some("self.x = x"),
    ),
    (
        "python",
        "class Point:\n    def __init__(self, x, y):\n        self.x = x\n        ‸",
        Some("self.y = y"),
    ),
    // Past the parameters' assignments, the body's next statement is anyone's guess.
    (
        "python",
        "class Point:\n    def __init__(self, x, y):\n        self.total = 0\n        ‸",
        None,
    ),
    ("python", "import os\nos.path.‸", Some("join()")),
    ("python", "import numpy as np\narr = np.‸", Some("array()")),
    ("c", "#include <‸", Some("stdio.h>")),
    ("c", "#include <stdio.h>\n#include <‸", None),
    ("cpp", "#include <‸", Some("iostream>")),
    ("cpp", "int main() {\n    std::‸", Some("cout")),
    ("cpp", "using list = std::‸", None),
    ("rust", "fn main() {\n    let mut v = Vec::‸", Some("new()")),
    (
        "go",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.‸",
        Some("Println()"),
    ),
    ("java", "System.out.‸", Some("println()")),
    (
        "rust",
        "fn main() {\n    let v = vec![1, 2, 3];\n    for ‸",
        Some("item in &v {"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tnames := []string{\"a\"}\n\tfor ‸",
        Some("_, name := range names {"),
    ),
    // A new user's everyday snippets, second round.
    (
        "python",
        "numbers = [1, 2, 3]\nfor n in ‸",
        Some("numbers:"),
    ),
    ("python", "for i in ‸", Some("range(")),
    (
        "python",
        "scores = {}\nfor name, score in scores.‸",
        Some("items():"),
    ),
    (
        "python",
        "scores = {}\nfor name, score in scores.it‸",
        Some("ems():"),
    ),
    (
        "python",
        "with open(\"notes.txt\") as f:\n    text = f.‸",
        Some("read()"),
    ),
    (
        "python",
        "with open(\"notes.txt\") as f:\n    lines = f.‸",
        Some("readlines()"),
    ),
    // A file's member as a statement of its own: writing is as likely as reading.
    ("python", "with open(\"notes.txt\") as f:\n    f.‸", None),
    ("python", "items = []\nitems.‸", Some("append()")),
    ("python", "seen = set()\nseen.‸", Some("add()")),
    // Filling is a statement; a value taken from the list is anything.
    ("python", "items = []\nlast = items.‸", None),
    (
        "python",
        "def factorial(n):\n    if n == 0:\n        return 1\n    return n * ‸",
        Some("factorial(n - 1)"),
    ),
    (
        "python",
        "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + ‸",
        Some("fib(n - 2)"),
    ),
    // Two parameters: no textbook recursion to follow.
    ("python", "def scale(n, k):\n    return n * ‸", None),
    (
        "python",
        "def is_even(n):\n    return n % 2 ‸",
        Some("== 0"),
    ),
    ("python", "def is_odd(n):\n    return n % 2 ‸", None),
    (
        "python",
        "while True:\n    line = input()\n    if not line:\n        ‸",
        Some("break"),
    ),
    // The same test in a loop that ends by itself: `continue` is as likely.
    (
        "python",
        "for line in lines:\n    if not line:\n        ‸",
        None,
    ),
    (
        "javascript",
        "const n = 7;\nconsole.log(n % 2 ‸",
        Some("=== 0"),
    ),
    (
        "javascript",
        "function fact(n) {\n  if (n <= 1) return 1;\n  return n * ‸",
        Some("fact(n - 1);"),
    ),
    (
        "javascript",
        "while (true) {\n  const chunk = read();\n  if (!chunk) {\n    ‸",
        Some("break;"),
    ),
    (
        "javascript",
        "const express = require(‸",
        Some("'express')"),
    ),
    (
        "javascript",
        "const fs = require(\"fs\");\nconst path = require(‸",
        Some("\"path\");"),
    ),
    // A local module's name says nothing of its path.
    ("javascript", "const helpers = require(‸", None),
    ("javascript", "import React from ‸", Some("'react'")),
    ("javascript", "import _ from ‸", Some("'lodash'")),
    (
        "javascript",
        "const express = require('express');\nconst app = ‸",
        Some("express();"),
    ),
    ("javascript", "const app = ‸", None),
    (
        "javascript",
        "import { useState } from 'react';\nconst [count, setCount] = ‸",
        Some("useState("),
    ),
    ("javascript", "const [first, second] = ‸", None),
    ("javascript", "const sum = (a, b) => ‸", Some("a + b")),
    ("javascript", "const pick = (a, b) => ‸", None),
    (
        "javascript",
        "fetch(url).then((res) => res.‸",
        Some("json()"),
    ),
    ("javascript", "const list = [];\nlist.‸", Some("push()")),
    ("typescript", "interface User {\n  name: ‸", Some("string;")),
    ("typescript", "interface User {\n  age: ‸", Some("number;")),
    (
        "typescript",
        "interface User {\n  isAdmin: ‸",
        Some("boolean;"),
    ),
    // An object literal's property takes a value, not a type.
    ("typescript", "const user = {\n  name: ‸", None),
    ("typescript", "let count: number = ‸", Some("0;")),
    ("typescript", "const users: User[] = ‸", Some("[];")),
    ("typescript", "let title: string = ‸", None),
    (
        "rust",
        "fn divide(a: f64, b: f64) -> Option<f64> {\n    if b == 0.0 {\n        return ‸",
        Some("None;"),
    ),
    (
        "rust",
        "fn parse(s: &str) -> Result<i32, String> {\n    if s.is_empty() {\n        return ‸",
        Some("Err("),
    ),
    // In a search loop the guard returns what it found.
    (
        "rust",
        "fn find(v: &[i32]) -> Option<usize> {\n    for (i, x) in v.iter().enumerate() {\n        if *x > 3 {\n            return ‸",
        None,
    ),
    (
        "rust",
        "fn add(a: i32, b: i32) -> i32 {\n    ‸",
        Some("a + b"),
    ),
    (
        "rust",
        "struct Point {\n    x: i32,\n    y: i32,\n}\n\nimpl Point {\n    fn new(x: i32, y: i32) -> Self {\n        ‸",
        Some("Self { x, y }"),
    ),
    // Without the struct in sight its shape is unknown (a tuple struct, other fields).
    (
        "rust",
        "impl Point {\n    fn new(x: i32, y: i32) -> Self {\n        ‸",
        None,
    ),
    (
        "rust",
        "fn main() {\n    let x: Option<i32> = Some(3);\n    if let ‸",
        Some("Some("),
    ),
    (
        "rust",
        "fn main() {\n    let mut v = Vec::new();\n    v.‸",
        Some("push()"),
    ),
    (
        "rust",
        "fn fact(n: u64) -> u64 {\n    if n == 0 {\n        return 1;\n    }\n    n * ‸",
        Some("fact(n - 1)"),
    ),
    // Third round: standard modules, test frameworks and beginners' Rust.
    (
        "python",
        "from datetime import datetime\nnow = datetime.‸",
        Some("now()"),
    ),
    ("python", "import requests\nr = requests.‸", Some("get()")),
    (
        "python",
        "import argparse\nparser = argparse.‸",
        Some("ArgumentParser()"),
    ),
    (
        "python",
        "import pytest\n\ndef test_div():\n    with pytest.‸",
        Some("raises()"),
    ),
    (
        "python",
        "class Stack:\n    def __init__(self):\n        self.items = []\n\n    def push(self, item):\n        self.items.‸",
        Some("append(item)"),
    ),
    ("python", "if x is ‸", Some("None:")),
    ("python", "found = x is not ‸", Some("None")),
    (
        "python",
        "count = 0\nfor line in open(\"f.txt\"):\n    count ‸",
        Some("+= 1"),
    ),
    // Not a counter: nothing says what it becomes.
    (
        "python",
        "name = ''\nfor line in open(\"f.txt\"):\n    name ‸",
        None,
    ),
    (
        "python",
        "items = [1, 2]\nfor i, item in enumerate(‸",
        Some("items):"),
    ),
    (
        "javascript",
        "const btn = document.getElementById('go');\nbtn.addEventListener(‸",
        Some("'click', "),
    ),
    (
        "javascript",
        "const btn = document.getElementById('go');\nbtn.addEventListener('click', ‸",
        Some("() => {"),
    ),
    // Which event a window or a socket is listened to for is the developer's to say.
    ("javascript", "window.addEventListener(‸", None),
    (
        "javascript",
        "const http = require('http');\nconst server = http.‸",
        Some("createServer()"),
    ),
    (
        "javascript",
        "describe('sum', () => {\n  it('adds', () => {\n    expect(sum(1, 2)).‸",
        Some("toBe(3)"),
    ),
    (
        "javascript",
        "try {\n  run();\n} catch (err) {\n  console.‸",
        Some("error(err);"),
    ),
    // A `path` that is not the module is a string like any other.
    ("javascript", "function f(path) {\n  path.‸", None),
    (
        "rust",
        "use std::collections::HashMap;\nfn main() {\n    let mut counts: HashMap<String, usize> = ‸",
        Some("HashMap::new();"),
    ),
    (
        "rust",
        "fn main() {\n    let input = \"42\";\n    let n: i32 = input.parse().‸",
        Some("unwrap()"),
    ),
    // A function that returns a `Result` passes the error on instead (`?`).
    (
        "rust",
        "fn read(input: &str) -> Result<i32, std::num::ParseIntError> {\n    let n: i32 = input.parse().‸",
        None,
    ),
    (
        "rust",
        "fn main() {\n    let mut line = String::new();\n    std::io::stdin().‸",
        Some("read_line(&mut line)"),
    ),
    (
        "rust",
        "fn main() {\n    let v = vec![1, 2, 3];\n    for i in 0..‸",
        Some("v.len() {"),
    ),
    (
        "rust",
        "impl fmt::Display for Point {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {\n        ‸",
        Some("write!(f, \""),
    ),
    (
        "rust",
        "fn main() {\n    let args: Vec<String> = std::env::‸",
        Some("args()"),
    ),
    // What splitting makes, named: the split outranks the receiver's most used member.
    (
        "go",
        "package main\n\nimport \"strings\"\n\nfunc main() {\n\tparts := strings.‸",
        Some("Split()"),
    ),
    ("python", "text = \"a,b\"\nparts = text.‸", Some("split()")),
    ("javascript", "const parts = line.‸", Some("split()")),
    ("javascript", "const parts = shape.‸", None),
    // Fifteenth round (control flow and types): a quotient after its zero check, a case's `break;`, an enum's next value, Python's iterator protocol and custom exceptions, JavaScript's custom `Error`, Go's errors, Rust's match on a `Result` and its `Ok` at a function's end, C++'s template and `what()`; look-alikes left alone.
    (
        "python",
        "from enum import Enum\n\nclass Color(Enum):\n    RED = 1\n    GREEN = 2\n    BLUE = ‸",
        Some("3"),
    ),
    (
        "python",
        "from enum import Enum\n\nclass Color(Enum):\n    RED = 1\n    GREEN = ‸",
        Some("2"),
    ),
    (
        "python",
        "from enum import Enum\n\nclass Color(Enum):\n    RED = \"red\"\n    GREEN = ‸",
        Some("\"green\""),
    ),
    (
        "python",
        "from enum import Enum, auto\n\nclass Color(Enum):\n    RED = auto()\n    GREEN = ‸",
        Some("auto()"),
    ),
    (
        "python",
        "class Counter:\n    def __init__(self, low, high):\n        self.current = low\n        self.high = high\n\n    def __iter__(self):\n        return ‸",
        Some("self"),
    ),
    (
        "python",
        "class Counter:\n    def __init__(self, low, high):\n        self.current = low\n        self.high = high\n\n    def __iter__(self):\n        ‸",
        Some("return self"),
    ),
    (
        "python",
        "class Counter:\n    def __init__(self, low, high):\n        self.current = low\n        self.high = high\n\n    def __iter__(self):\n        return self\n\n    def __next__(self):\n        if self.current > self.high:\n            raise ‸",
        Some("StopIteration"),
    ),
    (
        "python",
        "class Counter:\n    def __init__(self, low, high):\n        self.current = low\n        self.high = high\n\n    def __iter__(self):\n        return self\n\n    def ‸",
        Some("__next__(self):"),
    ),
    (
        "python",
        "class InsufficientFundsError(Exception):\n    ‸",
        Some("pass"),
    ),
    (
        "python",
        "try:\n    result = 10 / 0\nexcept ‸",
        Some("ZeroDivisionError:"),
    ),
    (
        "python",
        "try:\n    result = a / b\nexcept ‸",
        Some("ZeroDivisionError:"),
    ),
    (
        "python",
        "try:\n    num = int(text)\nexcept ValueError as ‸",
        Some("e:"),
    ),
    (
        "python",
        "try:\n    f = open(\"data.txt\")\n    data = f.read()\nfinally:\n    f.‸",
        Some("close()"),
    ),
    (
        "python",
        "try:\n    num = int(text)\nexcept Exception as ‸",
        Some("e:"),
    ),
    (
        "python",
        "def divide(a, b):\n    if b == 0:\n        raise ValueError(\"Cannot divide by zero\")\n    return ‸",
        Some("a / b"),
    ),
    (
        "javascript",
        "switch (day) {\n  case 1:\n    console.log(\"Monday\");\n    ‸",
        Some("break;"),
    ),
    (
        "javascript",
        "switch (day) {\n  case 1:\n    console.log(\"Monday\");\n    break;\n  case 2:\n    console.log(\"Tuesday\");\n    ‸",
        Some("break;"),
    ),
    (
        "javascript",
        "function reducer(state, action) {\n  switch (action.‸",
        Some("type) {"),
    ),
    (
        "javascript",
        "class ValidationError extends Error {\n  constructor(message) {\n    super(message);\n    this.‸",
        Some("name = 'ValidationError';"),
    ),
    (
        "javascript",
        "class ValidationError extends Error {\n  constructor(message) {\n    super(message);\n    ‸",
        Some("this.name = 'ValidationError';"),
    ),
    (
        "javascript",
        "class ValidationError extends ‸",
        Some("Error {"),
    ),
    (
        "javascript",
        "try {\n  JSON.parse(text);\n} catch (error) {\n  console.log(error.‸",
        Some("message"),
    ),
    (
        "javascript",
        "const Direction = Object.freeze({\n  UP: \"UP\",\n  DOWN: ‸",
        Some("\"DOWN\","),
    ),
    (
        "javascript",
        "function divide(a, b) {\n  if (b === 0) {\n    throw new Error(\"Division by zero\");\n  }\n  return ‸",
        Some("a / b;"),
    ),
    (
        "javascript",
        "try {\n  riskyOperation();\n} catch (error) {\n  if (error instanceof ValidationError) {\n    console.log(error.‸",
        Some("message"),
    ),
    (
        "typescript",
        "enum Color {\n  Red = \"RED\",\n  Green = ‸",
        Some("\"GREEN\","),
    ),
    (
        "typescript",
        "enum Status {\n  Active = 1,\n  Inactive = ‸",
        Some("2,"),
    ),
    (
        "typescript",
        "try {\n  doThing();\n} catch (error) {\n  if (error instanceof Error) {\n    console.log(error.‸",
        Some("message"),
    ),
    (
        "typescript",
        "function divide(a: number, b: number): number {\n  if (b === 0) {\n    throw new Error(\"Division by zero\");\n  }\n  return ‸",
        Some("a / b;"),
    ),
    (
        "typescript",
        "switch (status) {\n  case Status.Active:\n    console.log(\"active\");\n    ‸",
        Some("break;"),
    ),
    (
        "rust",
        "fn main() {\n    match divide(10.0, 2.0) {\n        Ok(result) => println!(\"Result: {}\", result),\n        Err(‸",
        Some("e) => "),
    ),
    (
        "rust",
        "fn main() {\n    match divide(10.0, 2.0) {\n        Ok(result) => println!(\"Result: {}\", result),\n        Err(e) => ‸",
        Some("println!(\"Error: {}\", e),"),
    ),
    (
        "rust",
        "fn divide(a: f64, b: f64) -> Result<f64, String> {\n    if b == 0.0 {\n        return Err(\"Cannot divide by zero\".to_string());\n    }\n    ‸",
        Some("Ok(a / b)"),
    ),
    (
        "rust",
        "fn divide(a: f64, b: f64) -> Result<f64, String> {\n    if b == 0.0 {\n        return Err(\"Cannot divide by zero\".to_string());\n    }\n    Ok(‸",
        Some("a / b)"),
    ),
    (
        "rust",
        "fn divide(a: i32, b: i32) -> Option<i32> {\n    if b == 0 {\n        return None;\n    }\n    ‸",
        Some("Some(a / b)"),
    ),
    (
        "rust",
        "fn divide(a: i32, b: i32) -> Option<i32> {\n    if b == 0 {\n        None\n    } else {\n        ‸",
        Some("Some(a / b)"),
    ),
    (
        "rust",
        "enum Shape {\n    Circle(f64),\n    Rectangle(f64, f64),\n}\n\nimpl Shape {\n    fn area(&self) -> f64 {\n        match ‸",
        Some("self {"),
    ),
    (
        "rust",
        "enum Shape {\n    Circle(f64),\n    Rectangle(f64, f64),\n}\n\nimpl Shape {\n    fn area(&self) -> f64 {\n        match self {\n            Shape::‸",
        Some("Circle("),
    ),
    (
        "rust",
        "enum Shape {\n    Circle(f64),\n    Rectangle(f64, f64),\n}\n\nimpl Shape {\n    fn area(&self) -> f64 {\n        match self {\n            Shape::Circle(r) => 3.14 * r * r,\n            Shape::‸",
        Some("Rectangle("),
    ),
    (
        "rust",
        "enum Direction {\n    North,\n    South,\n}\n\nimpl Direction {\n    fn name(&self) -> &str {\n        match self {\n            Direction::North => \"north\",\n            Direction::‸",
        Some("South => "),
    ),
    (
        "rust",
        "enum Coin {\n    Penny,\n    Nickel,\n    Dime,\n}\n\nfn value_in_cents(coin: Coin) -> u8 {\n    match coin {\n        Coin::Penny => 1,\n        Coin::‸",
        Some("Nickel => "),
    ),
    (
        "rust",
        "enum Coin {\n    Penny,\n    Nickel,\n    Dime,\n}\n\nfn value_in_cents(coin: Coin) -> u8 {\n    match ‸",
        Some("coin {"),
    ),
    (
        "rust",
        "use std::fmt;\n\n#[derive(Debug)]\nenum MyError {\n    NotFound,\n}\n\nimpl fmt::Display for MyError {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {\n        write!(f, \"not found\")\n    }\n}\n\nimpl std::error::‸",
        Some("Error for MyError {}"),
    ),
    (
        "rust",
        "use std::fmt;\n\n#[derive(Debug)]\nenum MyError {\n    NotFound,\n}\n\nimpl fmt::Display for MyError {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {\n        write!(f, \"not found\")\n    }\n}\n\nimpl ‸",
        Some("std::error::Error for MyError {}"),
    ),
    (
        "rust",
        "fn main() {\n    let input = \"42\";\n    match input.trim().parse::<i32>() {\n        Ok(n) => println!(\"{}\", n),\n        Err(e) => ‸",
        Some("println!(\"Error: {}\", e),"),
    ),
    (
        "rust",
        "fn main() -> Result<(), Box<dyn ‸",
        Some("std::error::Error>> {"),
    ),
    (
        "go",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tnums := []int{1, 2, 3}\n\tfor i, v := range ‸",
        Some("nums {"),
    ),
    (
        "go",
        "package main\n\nimport \"errors\"\n\nvar ErrNotFound = errors.New(‸",
        Some("\"not found\")"),
    ),
    (
        "go",
        "package main\n\nimport \"errors\"\n\nvar ErrNotFound = errors.New(\"not found\")\n\nfunc main() {\n\terr := find()\n\tif errors.Is(err, ‸",
        Some("ErrNotFound) {"),
    ),
    (
        "go",
        "package main\n\nimport \"errors\"\n\nfunc divide(a, b float64) (float64, error) {\n\tif b == 0 {\n\t\treturn 0, errors.New(\"division by zero\")\n\t}\n\treturn ‸",
        Some("a / b, nil"),
    ),
    (
        "go",
        "package main\n\nimport \"fmt\"\n\nfunc divide(a, b float64) (float64, error) {\n\tif b == 0 {\n\t\treturn 0, fmt.‸",
        Some("Errorf()"),
    ),
    (
        "go",
        "package main\n\ntype MyError struct {\n\tMsg string\n}\n\nfunc (e *MyError) ‸",
        Some("Error() string {"),
    ),
    (
        "go",
        "package main\n\nfunc Max[T int | float64](a, b T) T {\n\tif a > b {\n\t\treturn a\n\t}\n\treturn ‸",
        Some("b"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tdefer func() {\n\t\tif r := ‸",
        Some("recover(); r != nil {"),
    ),
    (
        "go",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar i interface{} = \"hello\"\n\tswitch v := i.(‸",
        Some("type) {"),
    ),
    (
        "go",
        "package main\n\nimport \"fmt\"\n\ntype Shape interface {\n\tArea() float64\n}\n\nfunc describe(s Shape) {\n\tswitch s.(‸",
        Some("type) {"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        int day = 1;\n        switch (day) {\n            case 1:\n                System.out.println(\"Monday\");\n                ‸",
        Some("break;"),
    ),
    (
        "java",
        "public class Main {\n    public static double divide(double a, double b) {\n        if (b == 0) {\n            throw new IllegalArgumentException(\"Cannot divide by zero\");\n        }\n        return ‸",
        Some("a / b;"),
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main() {\n    int choice = 1;\n    switch (choice) {\n        case 1:\n            printf(\"One\\n\");\n            ‸",
        Some("break;"),
    ),
    ("cpp", "template <‸", Some("typename T>")),
    (
        "cpp",
        "#include <iostream>\n#include <stdexcept>\n\nint main() {\n    try {\n        process();\n    } catch (const std::exception& e) {\n        std::cerr << ‸",
        Some("e.what() << std::endl;"),
    ),
    (
        "cpp",
        "#include <iostream>\n\nenum class Color { Red, Green, Blue };\n\nvoid show(Color c) {\n    switch (c) {\n        case Color::Red:\n            std::cout << \"red\";\n            ‸",
        Some("break;"),
    ),
    (
        "cpp",
        "#include <exception>\n\nclass MyException : public std::‸",
        Some("exception {"),
    ),
    (
        "cpp",
        "#include <stdexcept>\n\ndouble divide(double a, double b) {\n    if (b == 0) {\n        throw std::invalid_argument(\"Division by zero\");\n    }\n    return ‸",
        Some("a / b;"),
    ),
    (
        "cpp",
        "#include <iostream>\n\nint main() {\n    int choice;\n    std::cin >> choice;\n    switch (choice) {\n        case 1:\n            std::cout << \"One\" << std::endl;\n            ‸",
        Some("break;"),
    ),
    (
        "rust",
        "fn divide(a: f64, b: f64) -> Result<f64, String> {\n    Ok(a / b)\n}\n\nfn main() {\n    match divide(10.0, 2.0) {\n        ‸",
        Some("Ok(value) => "),
    ),
    (
        "rust",
        "fn main() {\n    let number = Some(5);\n    match number {\n        ‸",
        Some("Some(value) => "),
    ),
    (
        "rust",
        "use std::fs;\n\nfn read_config() -> Result<String, std::io::Error> {\n    let contents = fs::read_to_string(\"config.txt\")?;\n    ‸\n}",
        Some("Ok(contents)"),
    ),
    (
        "rust",
        "fn parse_number(s: &str) -> Result<i32, std::num::ParseIntError> {\n    let n = s.trim().parse::<i32>()?;\n    ‸\n}",
        Some("Ok(n)"),
    ),
    (
        "rust",
        "fn main() -> Result<(), Box<dyn std::error::Error>> {\n    let n: i32 = \"5\".parse()?;\n    println!(\"{}\", n);\n    ‸\n}",
        Some("Ok(())"),
    ),
    // A header already included is not offered again; letters that leave one header far more used than the next
    // name it, and a file's first include is the standard IO header, begun or not.
    ("c", "#include <std‸", Some("io.h>")),
    ("c", "#include <stdio.h>\n#include <std‸", Some("lib.h>")),
    (
        "c",
        "#include <stdio.h>\n#include <stdlib.h>\n#include <std‸",
        None,
    ),
    (
        "cpp",
        "#include <iostream>\n#include <un‸",
        Some("ordered_map>"),
    ),
    // A quoted header's name: nothing while it is typed, its extension at its dot, then only the quote (no `;`).
    ("c", "#include \"my‸", None),
    ("c", "#include \"util.‸", Some("h\"")),
    (
        "cpp",
        "#include \"a.hpp\"\n#include \"shape.‸\"",
        Some("hpp"),
    ),
    ("c", "#include \"util.h‸", Some("\"")),
    // A line printed in Rust is a whole line: `println!`, unless the file prints without the newline.
    (
        "rust",
        "fn main() {\n    let x = 5;\n    prin‸",
        Some("tln!("),
    ),
    (
        "rust",
        "fn main() {\n    let x = 5;\n    pr‸",
        Some("intln!("),
    ),
    (
        "rust",
        "fn main() {\n    print!(\"> \");\n    pr‸",
        Some("int!("),
    ),
    (
        "rust",
        "fn main() {\n    let price = 5;\n    pr‸",
        Some("ice"),
    ),
    // `O` typed there is the same ending begun.
    (
        "rust",
        "fn save(&self) -> Result<(), String> {\n    self.flush()?;\n    O‸\n}",
        Some("k(())"),
    ),
    (
        "rust",
        "fn read(path: &str) -> Result<String, io::Error> {\n    let s = fs::read_to_string(path)?;\n    Ok‸\n}",
        Some("(s)"),
    ),
    // A module's alias of `Result` ends the same way.
    (
        "rust",
        "fn save(&self) -> io::Result<()> {\n    fs::write(&self.path, &self.data)?;\n    ‸\n}",
        Some("Ok(())"),
    ),
    (
        "rust",
        "fn run() -> anyhow::Result<String> {\n    let text = fs::read_to_string(\"a\")?;\n    ‸\n}",
        Some("Ok(text)"),
    ),
    (
        "rust",
        "fn run() -> Vec<Result<()>> {\n    let text = fs::read_to_string(\"a\")?;\n    ‸\n}",
        None,
    ),
    (
        "python",
        "from enum import Enum\n\nclass Status(Enum):\n    OK = 200\n    NOT_FOUND = ‸",
        None,
    ),
    ("python", "class Config:\n    DEBUG = 1\n    PORT = ‸", None),
    (
        "python",
        "from enum import Enum\n\nclass Color(Enum):\n    RED = \"#ff0000\"\n    GREEN = ‸",
        None,
    ),
    (
        "python",
        "class Bag:\n    def __init__(self):\n        self.items = []\n\n    def __iter__(self):\n        return ‸",
        None,
    ),
    (
        "python",
        "def safe_ratio(a, b):\n    if b == 0:\n        return 0\n    return ‸",
        None,
    ),
    (
        "javascript",
        "switch (day) {\n  case 1:\n    x = 1;\n    y = 2;\n    ‸",
        None,
    ),
    (
        "javascript",
        "if (day === 1) {\n  console.log(\"Monday\");\n  ‸",
        None,
    ),
    (
        "javascript",
        "try {\n  JSON.parse(text);\n} catch (error) {\n  error.‸",
        None,
    ),
    ("javascript", "class Shape extends ‸", None),
    (
        "javascript",
        "const config = Object.freeze({\n  port: 8080,\n  host: ‸",
        None,
    ),
    ("typescript", "enum Direction {\n  Up,\n  Down,\n  ‸", None),
    (
        "typescript",
        "enum Status {\n  Ok = 200,\n  NotFound = ‸",
        None,
    ),
    (
        "go",
        "package main\n\nimport \"errors\"\n\nvar ErrNotFound = errors.New(\"not found\")\nvar ErrClosed = errors.New(\"closed\")\n\nfunc main() {\n\terr := find()\n\tif errors.Is(err, ‸",
        None,
    ),
    (
        "go",
        "package main\n\ntype Point struct {\n\tX int\n}\n\nfunc (p *Point) ‸",
        None,
    ),
    ("rust", "fn main() {\n    match x {\n        ‸", None),
    (
        "rust",
        "fn check(age: i32) -> Result<i32, String> {\n    Err(‸",
        None,
    ),
    (
        "rust",
        "struct Counter {\n    count: u32,\n}\n\nimpl fmt::Display for Counter {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {\n        write!(f, \"{}\", self.count)\n    }\n}\n\nimpl std::error::‸",
        None,
    ),
    (
        "rust",
        "fn total(items: &[i32]) -> Result<i32, String> {\n    let mut sum = 0;\n    for item in items {\n        sum += item;\n    }\n    ‸\n    println!(\"done\");\n}",
        None,
    ),
    (
        "cpp",
        "#include <iostream>\n\nint main() {\n    std::cerr << ‸",
        None,
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        int x = 1;\n        ‸",
        None,
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main() {\n    int choice = 1;\n    switch (choice) {\n        case 1:\n            printf(\"One\\n\");\n            printf(\"Uno\\n\");\n            ‸",
        None,
    ),
    // Fifth round.
    (
        "python",
        "import asyncio\n\nasync def main():\n    await asyncio.‸",
        Some("sleep()"),
    ),
    // The module's `main` coroutine is what is run (eleventh round: `run(main())` rather than `run()`).
    (
        "python",
        "import asyncio\n\nasync def main():\n    pass\n\nasyncio.‸",
        Some("run(main())"),
    ),
    (
        "python",
        "class Animal:\n    def speak(self):\n        raise ‸",
        Some("NotImplementedError"),
    ),
    // Raising after other statements: which exception is the code's to say.
    (
        "python",
        "class Animal:\n    def speak(self):\n        check()\n        raise ‸",
        None,
    ),
    ("python", "def add(a: int, b: int) -> ‸", Some("int:")),
    ("python", "def greet(name: str, loud: bool) -> ‸", None),
    (
        "python",
        "with open(\"out.txt\", \"w\") as f:\n    f.‸",
        Some("write()"),
    ),
    (
        "python",
        "try:\n    pass\nexcept Exception as e:\n    print(‸",
        Some("e"),
    ),
    (
        "javascript",
        "async function getData() {\n  const response = await fetch(url);\n  const data = await response.‸",
        Some("json()"),
    ),
    (
        "javascript",
        "const numbers = [1, 2, 3];\nconst doubled = numbers.map((‸",
        Some("number) => "),
    ),
    (
        "javascript",
        "const express = require('express');\nconst router = express.‸",
        Some("Router()"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tnums := []int{1, 2}\n\tfor _, n := range ‸",
        Some("nums {"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        Scanner sc = new ‸",
        Some("Scanner(System.in);"),
    ),
    (
        "java",
        "import java.util.Scanner;\nScanner sc = new Scanner(System.in);\nint n = sc.‸",
        Some("nextInt()"),
    ),
    (
        "java",
        "String s = \"abc\";\nfor (char c : s.‸",
        Some("toCharArray()) {"),
    ),
    (
        "c",
        "#include <stdlib.h>\nint main() {\n    int *p = malloc(sizeof(int));\n    ‸",
        Some("if (p == NULL) {"),
    ),
    (
        "cpp",
        "#include <algorithm>\nstd::sort(v.‸",
        Some("begin(), v.end());"),
    ),
    // Fifteenth round (pages, data files, standard input): an element named for its variable, a submit handler's
    // preventDefault, localStorage's key and JSON, React's effect, ref, key, setter and default export; Flask's and
    // FastAPI's first route, sqlite3, csv, dates, pathlib, re and stdin; Java's Scanner and map entries, C's fgets,
    // malloc and fopen, C++'s cin loops, Go's bufio and Rust's read_line; look-alikes left alone.
    (
        "javascript",
        "const button = document.getElementById(‸",
        Some("'button')"),
    ),
    (
        "javascript",
        "const output = document.getElementById(\"output\");\nconst title = document.getElementById(‸",
        Some("\"title\");"),
    ),
    (
        "javascript",
        "const form = document.querySelector(‸)",
        Some("'form'"),
    ),
    (
        "javascript",
        "const list = document.getElementById('list');\nconst li = document.createElement(‸",
        Some("'li');"),
    ),
    (
        "javascript",
        "const list = document.getElementById('list');\nconst li = document.createElement('li');\nli.textContent = item;\nlist.‸",
        Some("appendChild(li);"),
    ),
    (
        "javascript",
        "const a = document.createElement('a');\na.href = url;\ndocument.body.‸",
        Some("appendChild(a);"),
    ),
    (
        "javascript",
        "const form = document.querySelector('form');\nform.addEventListener('submit', (e) => {\n  ‸",
        Some("e.preventDefault();"),
    ),
    (
        "javascript",
        "const form = document.querySelector('form');\nform.addEventListener('submit', function (event) {\n  event.‸",
        Some("preventDefault();"),
    ),
    (
        "javascript",
        "const input = document.getElementById('search');\ninput.addEventListener('input', (e) => {\n  const query = e.‸",
        Some("target.value;"),
    ),
    (
        "javascript",
        "let todos = [];\nfunction save() {\n  localStorage.setItem('todos', JSON.stringify(‸",
        Some("todos));"),
    ),
    (
        "javascript",
        "let todos = [];\nfunction save() {\n  localStorage.setItem('todos', ‸",
        Some("JSON.stringify(todos));"),
    ),
    (
        "javascript",
        "const todos = JSON.parse(localStorage.getItem(‸",
        Some("'todos'))"),
    ),
    (
        "javascript",
        "const todos = JSON.parse(localStorage.getItem('todos')) || ‸",
        Some("[]"),
    ),
    (
        "javascript",
        "const theme = localStorage.getItem(‸",
        Some("'theme')"),
    ),
    (
        "typescript",
        "const button = document.getElementById('btn') as ‸",
        Some("HTMLButtonElement"),
    ),
    ("javascript", "const el = document.getElementById(‸", None),
    (
        "javascript",
        "const todoList = document.getElementById(‸",
        None,
    ),
    ("javascript", "const menu = document.querySelector(‸", None),
    ("javascript", "const item = document.createElement(‸", None),
    (
        "javascript",
        "const button = document.getElementById('btn');\nbutton.addEventListener('click', (e) => {\n  ‸",
        None,
    ),
    ("javascript", "const saved = localStorage.getItem(‸", None),
    ("javascript", "localStorage.setItem('token', ‸", None),
    (
        "javascript",
        "const list = document.getElementById('list');\nlist.‸",
        None,
    ),
    (
        "javascript",
        "function App() {\n  useEffect(‸",
        Some("() => {"),
    ),
    (
        "javascript",
        "function App() {\n  const inputRef = useRef(‸",
        Some("null)"),
    ),
    (
        "javascript",
        "function App() {\n  useEffect(() => {\n    const id = setInterval(tick, 1000);\n    return () => clearInterval(‸",
        Some("id);"),
    ),
    (
        "javascript",
        "const root = ReactDOM.createRoot(document.getElementById(‸",
        Some("'root'))"),
    ),
    (
        "javascript",
        "import App from './App';\nconst root = ReactDOM.createRoot(document.getElementById('root'));\nroot.render(‸",
        Some("<App />);"),
    ),
    (
        "javascript",
        "function App() {\n  return <div>hi</div>;\n}\n\nexport default ‸",
        Some("App;"),
    ),
    (
        "javascript",
        "function Form() {\n  const handleSubmit = (e) => {\n    e.preventDefault();\n  };\n  return <form onSubmit={‸",
        Some("handleSubmit}"),
    ),
    (
        "javascript",
        "function Form() {\n  const handleSubmit = (event) => {\n    ‸",
        Some("event.preventDefault()"),
    ),
    (
        "javascript",
        "function App() {\n  const [name, setName] = useState('');\n  return (\n    <input value={name} onChange={(e) => ‸",
        Some("setName(e.target.value)}"),
    ),
    (
        "javascript",
        "function App() {\n  const [name, setName] = useState('');\n  return (\n    <input value={name} onChange={(e) => setName(e.‸",
        Some("target.value)}"),
    ),
    (
        "javascript",
        "function App() {\n  const [isOpen, setIsOpen] = useState(false);\n  return <button onClick={() => setIsOpen(‸",
        Some("!isOpen)}"),
    ),
    (
        "javascript",
        "function TodoList({ items }) {\n  return (\n    <ul>\n      {items.map((item) => <li key={‸",
        Some("item.id}"),
    ),
    (
        "javascript",
        "function App() {\n  const [users, setUsers] = useState([]);\n  useEffect(() => {\n    fetch('/api/users')\n      .then((res) => res.json())\n      .then((data) => ‸",
        Some("setUsers(data));"),
    ),
    ("javascript", "export default ‸", None),
    (
        "javascript",
        "export default function App() {\n  return null;\n}\nfunction Other() {}\nexport default ‸",
        None,
    ),
    ("javascript", "function App() {\n  return <li key={‸", None),
    (
        "javascript",
        "function App() {\n  const [count, setCount] = useState(0);\n  return <form onSubmit={‸",
        None,
    ),
    (
        "python",
        "from flask import Flask\n\napp = Flask(__name__)\n\n@app.route(‸",
        Some("\"/\")"),
    ),
    (
        "python",
        "from flask import Flask\n\napp = Flask(__name__)\n\n@app.route(\"/users/<int:user_id>\")\ndef get_user(‸",
        Some("user_id):"),
    ),
    (
        "python",
        "from fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get(\"/items/{item_id}\")\ndef read_item(‸",
        Some("item_id: int):"),
    ),
    (
        "python",
        "from flask import Flask\n\napp = Flask(__name__)\n\nif __name__ == \"__main__\":\n    app.run(‸",
        Some("debug=True)"),
    ),
    (
        "python",
        "from flask import Flask, request\n\napp = Flask(__name__)\n\n@app.route(\"/search\")\ndef search():\n    q = request.args.‸",
        Some("get()"),
    ),
    (
        "python",
        "from flask import Flask, render_template\n\napp = Flask(__name__)\n\n@app.route(\"/\")\ndef index():\n    return render_template(‸",
        Some("\"index.html\")"),
    ),
    (
        "python",
        "from flask import Flask, jsonify\n\napp = Flask(__name__)\n\n@app.route(\"/api/users\")\ndef get_users():\n    users = [{\"name\": \"Ann\"}]\n    return jsonify(‸",
        Some("users)"),
    ),
    (
        "python",
        "from flask import Flask\n\napp = Flask(__name__)\n\n@app.route(\"/\")\ndef index():\n    return \"hi\"\n\n@app.route(‸",
        None,
    ),
    (
        "python",
        "from flask import Flask\n\napp = Flask(__name__)\n\n@app.route(\"/about\")\ndef about(‸",
        None,
    ),
    (
        "python",
        "import sqlite3\n\nconn = sqlite3.‸",
        Some("connect()"),
    ),
    (
        "python",
        "import sqlite3\n\nconn = sqlite3.connect(\"app.db\")\ncursor = conn.‸",
        Some("cursor()"),
    ),
    (
        "python",
        "import sqlite3\n\nconn = sqlite3.connect(\"app.db\")\ncursor = conn.cursor()\ncursor.‸",
        Some("execute()"),
    ),
    (
        "python",
        "import sqlite3\n\nconn = sqlite3.connect(\"app.db\")\ncursor = conn.cursor()\ncursor.execute(\"INSERT INTO users VALUES (?)\", (name,))\nconn.‸",
        Some("commit()"),
    ),
    (
        "python",
        "import sqlite3\n\nconn = sqlite3.connect(\"app.db\")\ncursor = conn.cursor()\ncursor.execute(\"INSERT INTO users VALUES (?)\", (name,))\nconn.commit()\nconn.‸",
        Some("close()"),
    ),
    (
        "python",
        "import sqlite3\n\nconn = sqlite3.connect(\"app.db\")\ncursor = conn.cursor()\ncursor.execute(\"SELECT * FROM users\")\nrows = cursor.‸",
        Some("fetchall()"),
    ),
    (
        "python",
        "import sqlite3\n\nconn = sqlite3.connect(\"app.db\")\ncur = conn.cursor()\ncur.execute(\"SELECT * FROM users WHERE id = ?\", (user_id,))\nrow = cur.‸",
        Some("fetchone()"),
    ),
    (
        "python",
        "import sqlite3\n\nconn = sqlite3.connect(\"app.db\")\ncursor = conn.cursor()\ncursor.execute(\"SELECT * FROM users\")\nconn.‸",
        None,
    ),
    (
        "python",
        "import csv\n\nwith open(\"data.csv\", newline=\"\") as f:\n    reader = csv.reader(‸",
        Some("f)"),
    ),
    (
        "python",
        "import csv\n\nwith open(\"out.csv\", \"w\", newline=\"\") as csvfile:\n    writer = csv.writer(‸",
        Some("csvfile)"),
    ),
    (
        "python",
        "import csv\n\nwith open(\"out.csv\", \"w\", ‸",
        Some("newline=\"\")"),
    ),
    (
        "python",
        "import csv\n\nwith open(\"out.csv\", \"w\", newline=\"\") as f:\n    writer = csv.DictWriter(f, fieldnames=[\"name\", \"age\"])\n    writer.‸",
        Some("writeheader()"),
    ),
    ("python", "import csv\n\nreader = csv.reader(‸", None),
    (
        "python",
        "from datetime import datetime\n\nnow = datetime.now()\ntoday = now.strftime(‸",
        Some("\"%Y-%m-%d\")"),
    ),
    (
        "python",
        "from datetime import datetime\n\ntimestamp = datetime.now().strftime(‸",
        Some("\"%Y-%m-%d %H:%M:%S\")"),
    ),
    (
        "python",
        "from datetime import datetime\n\ndate_str = datetime.now().‸",
        Some("strftime()"),
    ),
    (
        "python",
        "from datetime import date\n\ntoday = date.‸",
        Some("today()"),
    ),
    (
        "python",
        "from datetime import datetime\n\nlabel = datetime.now().strftime(‸",
        None,
    ),
    (
        "python",
        "from pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().‸",
        Some("parent"),
    ),
    (
        "python",
        "from pathlib import Path\n\npath = Path(\"data.txt\")\ntext = path.‸",
        Some("read_text()"),
    ),
    (
        "python",
        "from pathlib import Path\n\nout_dir = Path(\"out\")\nout_dir.mkdir(‸",
        Some("parents=True, exist_ok=True)"),
    ),
    ("python", "import re\n\nemails = re.‸", Some("findall()")),
    (
        "python",
        "import re\n\ntext = \"a1 b22\"\nnumbers = re.findall(r\"\\d+\", ‸",
        Some("text)"),
    ),
    (
        "python",
        "import sys\n\nfor line in sys.stdin:\n    line = line.‸",
        Some("strip()"),
    ),
    ("python", "import sys\n\ndata = sys.stdin.‸", Some("read()")),
    ("python", "n = int(‸", Some("input())")),
    (
        "python",
        "numbers = list(map(int, ‸",
        Some("input().split()))"),
    ),
    ("python", "def parse(text):\n    n = int(‸", None),
    (
        "java",
        "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        Scanner sc = new Scanner(‸",
        Some("System.in);"),
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        BufferedReader br = new BufferedReader(new ‸",
        Some("InputStreamReader(System.in));"),
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        Scanner scanner = new Scanner(System.in);\n        String line = scanner.nextLine();\n        int n = Integer.parseInt(‸",
        Some("line);"),
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        String[] parts = line.split(\" \");\n        int a = Integer.parseInt(‸",
        Some("parts[0]);"),
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        Map<String, Integer> counts = new HashMap<>();\n        for (String word : words) {\n            counts.put(word, ‸",
        Some("counts.getOrDefault(word, 0) + 1);"),
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        Map<String, Integer> counts = new HashMap<>();\n        for (Map.Entry<String, Integer> entry : ‸",
        Some("counts.entrySet()) {"),
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        Map<String, Integer> counts = new HashMap<>();\n        for (Map.Entry<String, Integer> entry : counts.entrySet()) {\n            String key = entry.‸",
        Some("getKey();"),
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        Map<String, Integer> counts = new HashMap<>();\n        for (Map.Entry<String, Integer> entry : counts.entrySet()) {\n            int count = entry.‸",
        Some("getValue();"),
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        Map<String, Integer> counts = new HashMap<>();\n        for (Map.Entry<String, Integer> entry : counts.entrySet()) {\n            System.out.println(entry.‸",
        Some("getKey() + \": \" + entry.getValue());"),
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        Map<String, Integer> ages = new HashMap<>();\n        if (ages.‸",
        Some("containsKey()"),
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        Map<String, Integer> ages = new HashMap<>();\n        if (ages.containsKey(name)) {\n            int age = ages.‸",
        Some("get(name);"),
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        String name = \"Ann\";\n        String message = String.‸",
        Some("format()"),
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        int[] nums = {3, 1, 2};\n        Arrays.sort(nums);\n        System.out.println(Arrays.‸",
        Some("toString(nums));"),
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        Map<String, String> names = new HashMap<>();\n        for (Map.Entry<String, String> entry : names.entrySet()) {\n            String key = entry.‸",
        None,
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        Map<String, Integer> counts = new HashMap<>();\n        counts.put(word, ‸",
        None,
    ),
    (
        "c",
        "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nint main(void) {\n    char name[50];\n    fgets(name, ‸",
        Some("sizeof(name), stdin);"),
    ),
    (
        "c",
        "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nint main(void) {\n    char name[50];\n    fgets(name, sizeof(name), stdin);\n    name[strcspn(‸",
        Some("name, \"\\n\")] = '\\0';"),
    ),
    (
        "c",
        "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nint main(void) {\n    int n = 10;\n    int *arr = malloc(n * ‸",
        Some("sizeof(int));"),
    ),
    (
        "c",
        "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nint main(void) {\n    int count = 5;\n    double *values = (double *)malloc(count * ‸",
        Some("sizeof(double));"),
    ),
    (
        "c",
        "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nint main(void) {\n    char *copy = malloc(strlen(s) + ‸",
        Some("1);"),
    ),
    (
        "c",
        "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nint main(void) {\n    FILE *fp = fopen(\"data.txt\", \"r\");\n    if (fp == NULL) {\n        printf(\"Error opening file\\n\");\n        ‸",
        Some("return 1;"),
    ),
    (
        "c",
        "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nint main(void) {\n    FILE *fp = fopen(\"data.txt\", \"r\");\n    if (!fp) {\n        perror(\"fopen\");\n        return 1;\n    }\n    char line[256];\n    while (fgets(line, sizeof(line), fp)) {\n        printf(\"%s\", line);\n    }\n    ‸",
        Some("fclose(fp);"),
    ),
    (
        "c",
        "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nint main(void) {\n    void *p = malloc(n * ‸",
        None,
    ),
    (
        "c",
        "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\nint main(void) {\n    int n = 10;\n    for (int i = 0; i < n; i++) {\n        printf(\"%d\\n\", i);\n    }\n    ‸",
        None,
    ),
    (
        "cpp",
        "#include <iostream>\n#include <vector>\n#include <string>\n#include <map>\n\nint main() {\n    std::vector<int> nums;\n    int x;\n    while (std::cin >> x) {\n        nums.push_back(‸",
        Some("x);"),
    ),
    (
        "cpp",
        "#include <iostream>\n#include <vector>\n#include <string>\n#include <map>\n\nint main() {\n    std::map<std::string, int> counts;\n    std::string word;\n    while (std::cin >> word) {\n        counts[‸",
        Some("word]++;"),
    ),
    (
        "cpp",
        "#include <iostream>\n#include <vector>\n#include <string>\n#include <map>\n\nint main() {\n    std::map<std::string, int> m;\n    for (const auto& [key, value] : m) {\n        std::cout << ‸",
        Some("key << \": \" << value << std::endl;"),
    ),
    (
        "cpp",
        "#include <iostream>\n#include <vector>\n#include <string>\n#include <map>\n\nint main() {\n    std::string line;\n    while (std::getline(std::cin, ‸",
        Some("line)) {"),
    ),
    (
        "cpp",
        "#include <iostream>\n#include <vector>\n#include <string>\n#include <map>\n\nint main() {\n    std::vector<int> nums;\n    for (int i = 0; i < 3; i++) {\n        nums.push_back(‸",
        None,
    ),
    (
        "go",
        "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n\t\"strconv\"\n\t\"strings\"\n\t\"time\"\n)\n\nfunc main() {\n\treader := bufio.‸",
        Some("NewReader(os.Stdin)"),
    ),
    (
        "go",
        "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n\t\"strconv\"\n\t\"strings\"\n\t\"time\"\n)\n\nfunc main() {\n\treader := bufio.NewReader(‸",
        Some("os.Stdin)"),
    ),
    (
        "go",
        "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n\t\"strconv\"\n\t\"strings\"\n\t\"time\"\n)\n\nfunc main() {\n\treader := bufio.NewReader(os.Stdin)\n\tline, _ := reader.‸",
        Some("ReadString('\\n')"),
    ),
    (
        "go",
        "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n\t\"strconv\"\n\t\"strings\"\n\t\"time\"\n)\n\nfunc main() {\n\treader := bufio.NewReader(os.Stdin)\n\ttext, _ := reader.ReadString(‸",
        Some("'\\n')"),
    ),
    (
        "go",
        "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n\t\"strconv\"\n\t\"strings\"\n\t\"time\"\n)\n\nfunc main() {\n\treader := bufio.NewReader(os.Stdin)\n\ttext, _ := reader.ReadString('\\n')\n\ttext = strings.‸",
        Some("TrimSpace(text)"),
    ),
    (
        "go",
        "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n\t\"strconv\"\n\t\"strings\"\n\t\"time\"\n)\n\nfunc main() {\n\tscanner := bufio.NewScanner(os.Stdin)\n\tfor scanner.Scan() {\n\t\tn, err := strconv.Atoi(‸",
        Some("scanner.Text())"),
    ),
    (
        "go",
        "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n\t\"strconv\"\n\t\"strings\"\n\t\"time\"\n)\n\nfunc main() {\n\tscanner := bufio.NewScanner(os.Stdin)\n\tfor scanner.Scan() {\n\t\tfmt.Println(scanner.‸",
        Some("Text())"),
    ),
    (
        "go",
        "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n\t\"strconv\"\n\t\"strings\"\n\t\"time\"\n)\n\nfunc main() {\n\tcounts := make(‸",
        Some("map[string]int)"),
    ),
    (
        "go",
        "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n\t\"strconv\"\n\t\"strings\"\n\t\"time\"\n)\n\nfunc main() {\n\ttime.Sleep(2 * ‸",
        Some("time.Second)"),
    ),
    (
        "go",
        "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n\t\"strconv\"\n\t\"strings\"\n\t\"time\"\n)\n\nfunc main() {\n\tages := map[string]int{\"ann\": 30}\n\tfor name, age := range ages {\n\t\tfmt.Println(‸",
        Some("name, age)"),
    ),
    (
        "go",
        "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n\t\"strconv\"\n\t\"strings\"\n\t\"time\"\n)\n\nfunc main() {\n\tdata := make(‸",
        None,
    ),
    (
        "go",
        "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n\t\"strconv\"\n\t\"strings\"\n\t\"time\"\n)\n\nfunc main() {\n\ttime.Sleep(delay * ‸",
        None,
    ),
    (
        "rust",
        "use std::collections::HashMap;\nuse std::io;\n\nfn main() {\n    let mut input = String::new();\n    io::stdin().read_line(&mut input).expect(\"Failed to read line\");\n    let n: i32 = input.‸",
        Some("trim().parse()"),
    ),
    (
        "rust",
        "use std::collections::HashMap;\nuse std::io;\n\nfn main() {\n    let mut input = String::new();\n    io::stdin().read_line(&mut input).expect(\"Failed to read line\");\n    let name = input.‸",
        Some("trim()"),
    ),
    (
        "rust",
        "use std::collections::HashMap;\nuse std::io;\n\nfn main() {\n    let mut input = String::new();\n    io::stdin().read_line(&mut input).expect(\"Failed to read line\");\n    let n = input.trim().parse::<‸",
        Some("i32>()"),
    ),
    (
        "rust",
        "use std::collections::HashMap;\nuse std::io;\n\nfn main() {\n    let mut counts = HashMap::new();\n    for word in text.split_whitespace() {\n        *counts.‸",
        Some("entry(word).or_insert(0) += 1;"),
    ),
    (
        "rust",
        "use std::collections::HashMap;\nuse std::io;\n\nfn main() {\n    let contents = std::fs::read_to_string(\"in.txt\").unwrap();\n    for line in contents.‸",
        Some("lines() {"),
    ),
    (
        "rust",
        "use std::collections::HashMap;\nuse std::io;\n\nfn main() {\n    let mut line = String::new();\n    io::stdin().read_line(&mut line).unwrap();\n    let words: Vec<&str> = line.‸",
        Some("split_whitespace().collect();"),
    ),
    (
        "rust",
        "use std::collections::HashMap;\nuse std::io;\n\nfn main() {\n    let mut scores = HashMap::new();\n    for (name, score) in &scores {\n        println!(‸",
        Some("\"{}: {}\", name, score);"),
    ),
    (
        "python",
        "import pandas as pd\n\ndf = pd.read_csv(\"data.csv\")\nprint(df.‸",
        Some("head())"),
    ),
    (
        "python",
        "import pandas as pd\n\ndf = pd.read_csv(\"data.csv\")\ndf.to_csv(\"out.csv\", ‸",
        Some("index=False)"),
    ),
    (
        "python",
        "from collections import Counter\n\ncounts = Counter(words)\nprint(counts.‸",
        Some("most_common())"),
    ),
    ("python", "items = [1]\nprint(items.‸", None),
    (
        "javascript",
        "const input = document.getElementById('todo');\nbutton.addEventListener('click', () => {\n  const text = input.value.trim();\n  addTodo(text);\n  input.value = ‸",
        Some("'';"),
    ),
    ("javascript", "input.value = ‸", None),
    (
        "javascript",
        "function App() {\n  const [count, setCount] = useState(0);\n  return <input value={count} onChange={(e) => ‸",
        None,
    ),
    (
        "javascript",
        "this._onChange = (e) => this.onmessage({ data: decode(e.‸",
        None,
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tvar name string\n\tfmt.Scanln(‸",
        Some("&name)"),
    ),
    (
        "cpp",
        "#include <iostream>\nint main() {\n    std::string name;\n    std::cin >> name;\n    std::cout << \"Hello, \" << ‸",
        Some("name << std::endl;"),
    ),
    (
        "cpp",
        "#include <iostream>\nint main() {\n    std::cout << \"Hello, \" << ‸",
        None,
    ),
    (
        "c",
        "#include <stdio.h>\nint main(void) {\n    FILE *out = fopen(\"o.txt\", \"w\");\n    for (int i = 0; i < 3; i++) {\n        fprintf(out, \"%d\\n\", i);\n    }\n    ‸",
        Some("fclose(out);"),
    ),
    (
        "c",
        "int main(void) {\n    char *buf = get();\n    fgets(buf, ‸",
        None,
    ),
    ("python", "import re\n\nparts = re.‸", Some("split()")),
    // Seventeenth round (lead): a name still being typed is not yet an exception, a method's receiver, a class
    // extending its module's namesake, and no statement keyword inside an expression's brackets.
    (
        "python",
        "try:\n    import yaml\nexcept Im‸",
        Some("portError"),
    ),
    (
        "python",
        "try:\n    x = int(s)\nexcept ValueError‸",
        Some(" as e:"),
    ),
    (
        "python",
        "class AppError(Exception):\n    pass\n\ntry:\n    run()\nexcept AppError‸",
        Some(" as e:"),
    ),
    ("python", "class Shape:\n    def area(‸", Some("self")),
    ("python", "class Shape:\n    def area(‸)", Some("self")),
    (
        "python",
        "seconds = 3\n\nclass Timer:\n    def start(se‸",
        Some("lf"),
    ),
    (
        "python",
        "class Point:\n    @classmethod\n    def origin(‸",
        Some("cls"),
    ),
    (
        "python",
        "class Point:\n    @staticmethod\n    def distance(‸",
        None,
    ),
    ("python", "def outer():\n    def inner(‸", None),
    ("python", "class Node:\n    def visit(self, no‸", None),
    (
        "python",
        "import codecs\n\nclass Codec(codecs.‸",
        Some("Codec):"),
    ),
    (
        "python",
        "import codecs\n\nclass Codec(codecs.Cod‸",
        Some("ec):"),
    ),
    (
        "python",
        "import codecs\n\nclass StreamReader(Codec, codecs.‸",
        Some("StreamReader):"),
    ),
    (
        "javascript",
        "import { encode } from './codec.js'\n\nexport {\n  encode,\n  fin‸",
        None,
    ),
    ("javascript", "const handlers = {\n  onOpen,\n  ret‸", None),
    ("python", "squares = [n * n\n           fo‸", Some("r ")),
    ("go", "package shapes\n\ntype Point st‸", Some("ruct {")),
    ("go", "package shapes\n\ntype Celsius s‸", Some("truct {")),
    ("go", "package shapes\n\ntype Shape i‸", None),
    (
        "go",
        "package main\n\nfunc main() {\n\tcount := 0\n\tst‸",
        None,
    ),
    (
        "go",
        "package main\n\nfunc Getuid() int { ret‸",
        Some("urn "),
    ),
    (
        "c",
        "typedef struct { int nbits; } bitmap_t;\nvoid f(bitmap_t *map) {\n    map->in‸",
        None,
    ),
    (
        "javascript",
        "class Run {\n  merge(right) {\n    this.length += right.‸",
        Some("length"),
    ),
    (
        "javascript",
        "items.sort((a, b) => {\n  if (a.size() < b.‸",
        Some("size()"),
    ),
    (
        "c",
        "int same(struct point *p, struct point *q) {\n    return p->x == q->‸",
        Some("x"),
    ),
    (
        "go",
        "func (a Vec) Less(b Vec) bool {\n\treturn a.Len < b.L‸",
        Some("en"),
    ),
    (
        "python",
        "import token\n\ndef is_equal(child):\n    return child.type == token.‸",
        None,
    ),
    ("javascript", "if (point.x === Limits.‸", None),
    ("rust", "pub use shapes::{Circle, C‸", None),
    ("rust", "use std::io::{self, Read, Re‸", None),
    ("rust", "use std::io::{se‸", Some("lf")),
    (
        "rust",
        "struct Hasher;\nimpl Hasher {\n    pub fn hash(data: &[u8], se‸",
        None,
    ),
    (
        "javascript",
        "import {\n  readFile,\n  writeFile,\n  wr‸",
        None,
    ),
    (
        "javascript",
        "import React from 'react'\n\nconst App = () => Re‸",
        Some("act"),
    ),
    ("python", "from os import path, pa‸", None),
    (
        "c",
        "int main(void) {\n    int result = 6 * 7;\n    printf(\"Result: %d‸",
        Some("\\n\", result);"),
    ),
    (
        "c",
        "int main(void) {\n    double average = total / count;\n    printf(\"Average: %.2f‸",
        Some("\\n\", average);"),
    ),
    (
        "c",
        "int main(void) {\n    printf(\"%s is %d years old‸",
        Some("\\n\", "),
    ),
    (
        "c",
        "void report(FILE *out, int errors) {\n    fprintf(out, \"errors: %d‸",
        Some("\\n\", errors);"),
    ),
    (
        "c",
        "int main(void) {\n    printf(\"100%% done‸",
        Some("\");"),
    ),
    (
        "c",
        "int main(void) {\n    int total = 3;\n    printf(\"Total: %d‸\")",
        None,
    ),
    (
        "go",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Print‸",
        Some("ln()"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        System.out.pr‸",
        Some("intln()"),
    ),
    (
        "python",
        "import unittest\n\nif __name__ == \"__main__\":\n    unittest.m‸",
        Some("ain()"),
    ),
    (
        "go",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Printf(\"%d\", 1)\n\tfmt.Print‸",
        None,
    ),
    (
        "python",
        "def is_prime(n):\n    if n < 2:\n        return ‸",
        Some("False"),
    ),
    (
        "javascript",
        "function isPrime(num) {\n  if (num <= 1) return ‸",
        Some("false"),
    ),
    (
        "c",
        "int is_prime(int n) {\n    if (n < 2) return ‸",
        Some("0;"),
    ),
    (
        "c",
        "#include <stdbool.h>\n\nbool is_prime(int n) {\n    for (int d = 2; d * d <= n; d++) {\n        if (n % d == 0) return ‸",
        Some("false;"),
    ),
    (
        "go",
        "func isPrime(n int) bool {\n\tif n < 2 {\n\t\treturn ‸",
        Some("false"),
    ),
    (
        "rust",
        "fn is_prime(n: u64) -> bool {\n    if n < 2 {\n        return ‸",
        Some("false;"),
    ),
    (
        "python",
        "def count_primes(limit):\n    if limit < 2:\n        return ‸",
        None,
    ),
    (
        "cpp",
        "#include <algorithm>\n#include <vector>\n\nint main() {\n    std::vector<int> scores = {3, 9, 4};\n    int best = *std::max_element(scores.begin(), ‸",
        Some("scores.end());"),
    ),
    (
        "cpp",
        "#include <algorithm>\n\nbool has(const std::vector<int>& v, int x) {\n    auto it = std::find(v.begin(), ‸",
        Some("v.end(), "),
    ),
    (
        "javascript",
        "const nums = [4, 8, 15];\nconst total = nums.reduce((a, b) => a + b, 0);\nconst average = total / nums.‸",
        Some("length"),
    ),
    (
        "java",
        "class Stats {\n    double mean(List<Integer> values, int sum) {\n        return (double) sum / values.‸",
        Some("size()"),
    ),
    (
        "java",
        "class Stats {\n    double mean(int[] values, int sum) {\n        return (double) sum / values.‸",
        Some("length"),
    ),
    (
        "rust",
        "fn mean(values: &[f64]) -> f64 {\n    values.iter().sum::<f64>() / values.‸",
        Some("len()"),
    ),
    ("javascript", "const share = part / Totals.‸", None),
    (
        "javascript",
        "const temperatures = [21, 25, 19];\nconst hottest = Math.max(...‸",
        Some("temperatures);"),
    ),
    (
        "javascript",
        "const temperatures = [21, 25, 19];\nconst coldest = Math.min(...‸)",
        Some("temperatures"),
    ),
    (
        "rust",
        "use std::collections::HashMap;\n\nfn tally(words: &[&str]) {\n    let mut seen = HashMap::new();\n    for word in words {\n        *seen.entry(word).or_insert(0) ‸",
        Some("+= 1;"),
    ),
    (
        "python",
        "freq = {}\nfor ch in text:\n    freq[ch] = freq.get(ch, 0) ‸",
        Some("+ 1"),
    ),
    (
        "python",
        "freq = {}\nfor ch in text:\n    freq[ch] = defaults.get(ch, 0) ‸",
        None,
    ),
    (
        "rust",
        "let mut by_len: HashMap<usize, Vec<&str>> = HashMap::new();\nfor w in words {\n    by_len.entry(w.len()).or_insert_with(‸",
        Some("Vec::new)"),
    ),
    (
        "rust",
        "let mut friends: HashMap<u32, HashSet<u32>> = HashMap::new();\nfriends.entry(a).or_insert_with(‸)",
        Some("HashSet::new"),
    ),
    (
        "java",
        "Map<Integer, List<String>> byLength = new HashMap<>();\nfor (String w : words) {\n    byLength.computeIfAbsent(w.length(), ‸",
        Some("k -> new ArrayList<>())"),
    ),
    (
        "java",
        "Map<String, List<String>> groups = new HashMap<>();\nfor (String w : words) {\n    groups.computeIfAbsent(key, ‸",
        Some("k -> new ArrayList<>())"),
    ),
    (
        "java",
        "Map<String, Set<String>> tags = new HashMap<>();\ntags.computeIfAbsent(k, key -> ‸",
        Some("new HashSet<>())"),
    ),
    (
        "rust",
        "fn main() {\n    let scores = vec![70, 95, 88];\n    let best = scores.iter().max().‸",
        Some("unwrap()"),
    ),
    (
        "rust",
        "use std::sync::{Arc, Mutex};\n\nfn bump(counter: &Arc<Mutex<u32>>) {\n    let mut n = counter.lock().‸",
        Some("unwrap();"),
    ),
    (
        "rust",
        "fn largest(values: &[i32]) -> Option<i32> {\n    let top = values.iter().max().‸",
        None,
    ),
    (
        "java",
        "final class ForEachOp {\n    private final boolean ordered;\n\n    public Void get() {\n        return ‸",
        None,
    ),
    ("cpp", "#include <bits/shared_ptr.‸", Some("h>")),
    (
        "cpp",
        "double ratio(double x) {\n    return x / std::‸",
        None,
    ),
    ("rust", "use futures_util::{f‸", None),
    ("javascript", "const handlers = {\n  onOpen,\n  re‸", None),
    ("javascript", "module.exports = {\n  mask,\n  un‸", None),
    // The word an import's or a declaration's syntax requires next, whatever the names (sixteenth round, lead).
    ("python", "from os i‸", Some("mport ")),
    ("python", "from .models ‸", Some("import ")),
    ("python", "from collections.abc imp‸", Some("ort ")),
    ("python", "from os import ‸", None),
    ("javascript", "import { useState } f‸", Some("rom ")),
    ("javascript", "import * as fs fr‸", Some("om ")),
    ("javascript", "import React, { useEffect } ‸", Some("from ")),
    (
        "javascript",
        "import {\n  readFile,\n  writeFile,\n} fr‸",
        Some("om "),
    ),
    ("typescript", "import type { User } f‸", Some("rom ")),
    ("javascript", "import * as ‸", None),
    ("javascript", "function load() {\n  return 1;\n} f‸", None),
    ("java", "import j‸", Some("ava.")),
    (
        "java",
        "public class InsufficientFundsException extends Exception {\n    private static final long s‸",
        Some("erialVersionUID = "),
    ),
    // In a Go error check, `return ` typed: the other results' zero values come first, whatever the error becomes.
    (
        "go",
        "func load(path string) (*Config, error) {\n\tdata, err := os.ReadFile(path)\n\tif err != nil {\n\t\treturn ‸",
        Some("nil, "),
    ),
    (
        "go",
        "func parse(s string) (int, string, error) {\n\tn, err := strconv.Atoi(s)\n\tif err != nil {\n\t\treturn ‸",
        Some("0, \"\", "),
    ),
    // A named type's zero value may be `T{}` or `nil`; named results are returned by name as often.
    (
        "go",
        "func load(path string) (Config, error) {\n\tdata, err := os.ReadFile(path)\n\tif err != nil {\n\t\treturn ‸",
        None,
    ),
    (
        "go",
        "func load(path string) (n int, err error) {\n\tdata, err := os.ReadFile(path)\n\tif err != nil {\n\t\treturn ‸",
        None,
    ),
    // A path test takes the path the code named last.
    (
        "python",
        "import os\n\npath = \"data.txt\"\nif os.path.exists(‸",
        Some("path):"),
    ),
    (
        "python",
        "import os\n\ndef load(config_file):\n    size = os.path.getsize(‸",
        Some("config_file)"),
    ),
    (
        "python",
        "import os\n\ndef load(name):\n    if os.path.exists(‸",
        None,
    ),
    // The collection the file brought in and has not made yet.
    (
        "rust",
        "use std::collections::HashMap;\n\nfn main() {\n    let mut scores = ‸",
        Some("HashMap::new();"),
    ),
    (
        "rust",
        "use std::collections::{HashMap, HashSet};\n\nfn main() {\n    let mut seen = ‸",
        None,
    ),
    // A predicate falls through its block with the other answer.
    (
        "python",
        "def is_prime(n):\n    if n < 2:\n        return False\n    for i in range(2, n):\n        if n % i == 0:\n            return False\n    return ‸",
        Some("True"),
    ),
    (
        "javascript",
        "function contains(items, x) {\n  for (const item of items) {\n    if (item === x) {\n      return true;\n    }\n  }\n  return ‸",
        Some("false;"),
    ),
    (
        "go",
        "func contains(xs []int, x int) bool {\n\tfor _, v := range xs {\n\t\tif v == x {\n\t\t\treturn true\n\t\t}\n\t}\n\treturn ‸",
        Some("false"),
    ),
    (
        "c",
        "int contains(int *xs, int n, int x) {\n    for (int i = 0; i < n; i++) {\n        if (xs[i] == x) {\n            return 1;\n        }\n    }\n    return ‸",
        Some("0;"),
    ),
    // Both answers given already, or another value: no predicate's fall-through.
    (
        "python",
        "def find(items, x):\n    for i, item in enumerate(items):\n        if item == x:\n            return i\n    return ‸",
        None,
    ),
    // The methods that hand back their own object.
    (
        "python",
        "class Timer:\n    def __enter__(self):\n        self.start = time.perf_counter()\n        return ‸",
        Some("self"),
    ),
    (
        "python",
        "class Money:\n    def __iadd__(self, other):\n        self.cents += other.cents\n        return ‸",
        Some("self"),
    ),
    (
        "python",
        "class Money:\n    def __add__(self, other):\n        return ‸",
        None,
    ),
    (
        "rust",
        "impl RequestBuilder {\n    fn header(mut self, name: &str, value: &str) -> Self {\n        self.headers.push((name.into(), value.into()));\n        ‸",
        Some("self"),
    ),
    (
        "java",
        "class Query {\n    private final List<String> conds = new ArrayList<>();\n\n    public Query where(String cond) {\n        conds.add(cond);\n        return ‸",
        Some("this;"),
    ),
    (
        "java",
        "class Point {\n    public Point copy() {\n        return ‸",
        None,
    ),
    (
        "java",
        "class Point {\n    static Point origin() {\n        log(\"origin\");\n        return ‸",
        None,
    ),
    // An exception's constructor takes its message first.
    (
        "java",
        "public class InsufficientFundsException extends Exception {\n    public InsufficientFundsException(‸",
        Some("String "),
    ),
    // A call in a method's body is no header.
    (
        "java",
        "class Box {\n    void run() {\n        show(‸",
        None,
    ),
    // A Go file's first line of code is its package clause; a Java file's after its licence comment.
    (
        "go",
        "// Package geometry computes areas.\n‸",
        Some("package "),
    ),
    ("go", "p‸", Some("ackage ")),
    (
        "java",
        "/*\n * Copyright (c) 2026 Ada\n */\n\n‸",
        Some("package "),
    ),
    // An empty Java file may as well start with an import or the class.
    ("java", "‸", None),
    // A C++ operator returning a reference to its object returns the object.
    (
        "cpp",
        "struct Vec2 {\n  double x, y;\n  Vec2& operator+=(const Vec2& o) {\n    x += o.x;\n    y += o.y;\n    return ‸",
        Some("*this;"),
    ),
    (
        "cpp",
        "template<typename T>\n  Counter<T>&\n  Counter<T>::operator++()\n  {\n    ++count;\n    return ‸",
        Some("*this;"),
    ),
    // A stream operator hands back the stream it was given.
    (
        "cpp",
        "std::ostream& operator<<(std::ostream& os, const Point& p) {\n    os << p.x << \",\" << p.y;\n    return ‸",
        Some("os;"),
    ),
    (
        "cpp",
        "template<typename C, typename T>\n  std::basic_istream<C, T>&\n  operator>>(std::basic_istream<C, T>& in, Point& p)\n  {\n    in >> p.x >> p.y;\n    return ‸",
        Some("in;"),
    ),
    // Not a comparison, nor an operator returning a new value.
    (
        "cpp",
        "struct Vec2 {\n  double x, y;\n  Vec2 operator+(const Vec2& o) const {\n    return ‸",
        None,
    ),
    (
        "cpp",
        "struct Vec2 {\n  double x, y;\n  bool operator==(const Vec2& o) const {\n    return ‸",
        None,
    ),
    // Directly in a class body members are declared: no statement keyword, a class's one constructor.
    (
        "typescript",
        "export class Timer {\n    con‸",
        Some("structor("),
    ),
    (
        "javascript",
        "class Stack {\n  constructor() {\n    this.items = [];\n  }\n  co‸",
        None,
    ),
    (
        "javascript",
        "class Stack {\n  constructor() {\n    co‸",
        None,
    ),
    // Sixth round.
    (
        "python",
        "def average(numbers):\n    return sum(numbers) / ‸",
        Some("len(numbers)"),
    ),
    (
        "javascript",
        "function average(arr) {\n  return arr.reduce((a, b) => a + b, 0) / arr.‸",
        Some("length"),
    ),
    (
        "python",
        "import csv\nwith open(\"data.csv\") as f:\n    reader = csv.‸",
        Some("reader()"),
    ),
    (
        "python",
        "import time\nstart = time.time()\nwork()\nelapsed = time.time() - ‸",
        Some("start"),
    ),
    // Another clock's start is not this one's.
    (
        "python",
        "import time\nstart = time.monotonic()\nelapsed = time.time() - ‸",
        None,
    ),
    (
        "javascript",
        "const arr = [3, 1, 2];\narr.sort((a, b) => ‸",
        Some("a - b);"),
    ),
    (
        "javascript",
        "async function main() {\n  const res = await fetch('/api');\n  if (!res.ok) {\n    throw new ‸",
        Some("Error("),
    ),
    (
        "rust",
        "fn main() {\n    let v = vec![1, 2, 3];\n    let doubled: Vec<i32> = v.iter().map(|x| x * 2).‸",
        Some("collect()"),
    ),
    (
        "rust",
        "#[derive(Debug, Clone)]\nstruct User {\n    name: String,\n    age: ‸",
        Some("u32,"),
    ),
    (
        "rust",
        "fn main() {\n    let mut count = 0;\n    for _ in 0..10 {\n        count ‸",
        Some("+= 1;"),
    ),
    (
        "c",
        "int main() {\n    int count = 0;\n    for (int i = 0; i < 3; i++) {\n        count ‸",
        Some("+= 1;"),
    ),
    (
        "rust",
        "fn main() {\n    let nums = vec![1, 2, 3];\n    for n in ‸",
        Some("&nums {"),
    ),
    (
        "java",
        "List<Integer> nums = new ArrayList<>();\nfor (int n : ‸",
        Some("nums) {"),
    ),
    (
        "java",
        "String s = \"a,b\";\nString[] parts = s.‸",
        Some("split()"),
    ),
    (
        "rust",
        "fn main() {\n    let s = String::from(\"hello\");\n    let len = s.‸",
        Some("len()"),
    ),
    (
        "c",
        "#include <stdio.h>\nint main() {\n    FILE *f = fopen(\"a.txt\", \"r\");\n    ‸",
        Some("if (f == NULL) {"),
    ),
    (
        "cpp",
        "class Shape {\npublic:\n    virtual double area() const = ‸",
        Some("0;"),
    ),
    // Fifteenth round (beginner projects): a calculator's branches, a temperature converter, a grade's next
    // letter, FizzBuzz's prints, a bank account, a BMI.
    (
        "python",
        "if op == \"+\":\n    result = a + b\nelif op == \"-\":\n    result = ‸",
        Some("a - b"),
    ),
    (
        "python",
        "if op == \"+\":\n    result = a + b\nelif op == \"-\":\n    result = a - b\nelif op == \"*\":\n    result = a * b\nelif op == \"/\":\n    result = ‸",
        Some("a / b"),
    ),
    (
        "python",
        "def calculate(a, b, op):\n    if op == \"+\":\n        return ‸",
        Some("a + b"),
    ),
    (
        "javascript",
        "function calculate(a, b, op) {\n  switch (op) {\n    case '+':\n      return a + b;\n    case '-':\n      return ‸",
        Some("a - b;"),
    ),
    (
        "javascript",
        "function calculate(a, b, op) {\n  switch (op) {\n    case '+':\n      return ‸",
        Some("a + b"),
    ),
    (
        "java",
        "public static int calculate(int a, int b, char op) {\n    switch (op) {\n        case '+':\n            return ‸",
        Some("a + b;"),
    ),
    (
        "c",
        "int calculate(int a, int b, char op) {\n    switch (op) {\n        case '+': return ‸",
        Some("a + b;"),
    ),
    (
        "go",
        "func calculate(a float64, b float64, op string) float64 {\n\tswitch op {\n\tcase \"+\":\n\t\treturn ‸",
        Some("a + b"),
    ),
    (
        "rust",
        "fn calculate(a: f64, b: f64, op: char) -> f64 {\n    match op {\n        '+' => a + b,\n        '-' => ‸",
        Some("a - b,"),
    ),
    (
        "python",
        "def calculate(x, y, z, op):\n    if op == \"+\":\n        return ‸",
        None,
    ),
    ("python", "if x == \"+\":\n    count = ‸", None),
    (
        "python",
        "celsius = float(input(\"C: \"))\nfahrenheit = ‸",
        Some("celsius * 9 / 5 + 32"),
    ),
    (
        "python",
        "fahrenheit = float(input(\"F: \"))\ncelsius = ‸",
        Some("(fahrenheit - 32) * 5 / 9"),
    ),
    (
        "python",
        "def celsius_to_fahrenheit(celsius):\n    return ‸",
        Some("celsius * 9 / 5 + 32"),
    ),
    (
        "javascript",
        "function fahrenheitToCelsius(fahrenheit) {\n  return ‸",
        Some("(fahrenheit - 32) * 5 / 9"),
    ),
    (
        "java",
        "public static double celsiusToFahrenheit(double celsius) {\n    return ‸",
        Some("celsius * 9 / 5 + 32;"),
    ),
    (
        "go",
        "func celsiusToFahrenheit(c float64) float64 {\n\treturn ‸",
        Some("c*9/5 + 32"),
    ),
    (
        "rust",
        "fn to_fahrenheit(celsius: f64) -> f64 {\n    return ‸",
        Some("celsius * 9.0 / 5.0 + 32.0;"),
    ),
    ("python", "temperature = 20\nfahrenheit = ‸", None),
    (
        "python",
        "if score >= 90:\n    grade = \"A\"\nelif score >= 80:\n    grade = ‸",
        Some("\"B\""),
    ),
    (
        "javascript",
        "if (score >= 90) {\n  grade = \"A\";\n} else if (score >= 80) {\n  grade = ‸",
        Some("\"B\";"),
    ),
    (
        "python",
        "if score >= 90:\n    grade = \"A\"\nelif score >= 80:\n    grade = \"B\"\nelif score >= 70:\n    grade = \"C\"\nelif score >= 60:\n    grade = \"D\"\nelse:\n    grade = ‸",
        Some("\"F\""),
    ),
    (
        "python",
        "if score >= 90:\n    grade = \"A\"\nelse:\n    grade = ‸",
        None,
    ),
    (
        "python",
        "if x > 0:\n    sign = \"+\"\nelif x < 0:\n    sign = ‸",
        None,
    ),
    (
        "python",
        "for i in range(1, 101):\n    if i % 15 == 0:\n        print(‸",
        Some("\"FizzBuzz\")"),
    ),
    (
        "python",
        "for i in range(1, 101):\n    if i % 15 == 0:\n        print(‸)",
        Some("\"FizzBuzz\""),
    ),
    (
        "python",
        "for i in range(1, 101):\n    if i % 15 == 0:\n        print(\"FizzBuzz\")\n    elif i % 3 == 0:\n        print(‸",
        Some("\"Fizz\")"),
    ),
    (
        "python",
        "for i in range(1, 101):\n    if i % 15 == 0:\n        print(\"FizzBuzz\")\n    elif i % 3 == 0:\n        print(\"Fizz\")\n    elif i % 5 == 0:\n        print(\"Buzz\")\n    else:\n        print(‸",
        Some("i)"),
    ),
    (
        "javascript",
        "for (let i = 1; i <= 100; i++) {\n  if (i % 15 === 0) {\n    console.log(\"FizzBuzz\");\n  } else if (i % 3 === 0) {\n    console.log(\"Fizz\");\n  } else if (i % 5 === 0) {\n    console.log(‸",
        Some("\"Buzz\");"),
    ),
    (
        "java",
        "for (int i = 1; i <= 100; i++) {\n    if (i % 15 == 0) {\n        System.out.println(\"FizzBuzz\");\n    } else if (i % 3 == 0) {\n        System.out.println(‸",
        Some("\"Fizz\");"),
    ),
    (
        "go",
        "for i := 1; i <= 100; i++ {\n\tif i%15 == 0 {\n\t\tfmt.Println(\"FizzBuzz\")\n\t} else if i%3 == 0 {\n\t\tfmt.Println(‸",
        Some("\"Fizz\")"),
    ),
    (
        "c",
        "#include <stdio.h>\nint main(void) {\n    for (int i = 1; i <= 100; i++) {\n        if (i % 15 == 0) {\n            printf(‸",
        Some("\"FizzBuzz\\n\");"),
    ),
    (
        "rust",
        "fn main() {\n    for i in 1..=100 {\n        if i % 15 == 0 {\n            println!(\"FizzBuzz\");\n        } else if i % 3 == 0 {\n            println!(\"Fizz\");\n        } else if i % 5 == 0 {\n            println!(\"Buzz\");\n        } else {\n            println!(‸",
        Some("\"{}\", i);"),
    ),
    (
        "python",
        "for i in range(1, 31):\n    if i % 3 == 0:\n        print(‸",
        None,
    ),
    (
        "python",
        "class BankAccount:\n    def __init__(self, balance=0):\n        self.balance = balance\n\n    def deposit(self, amount):\n        self.balance ‸",
        Some("+= amount"),
    ),
    (
        "python",
        "class BankAccount:\n    def __init__(self, balance=0):\n        self.balance = balance\n\n    def deposit(self, amount):\n        self.balance += ‸",
        Some("amount"),
    ),
    (
        "python",
        "class BankAccount:\n    def __init__(self):\n        self.balance = 0\n    def withdraw(self, amount):\n        self.balance ‸",
        Some("-= amount"),
    ),
    (
        "python",
        "class BankAccount:\n    def __init__(self, balance=0):\n        self.balance = balance\n\n    def get_balance(self):\n        return ‸",
        Some("self.balance"),
    ),
    (
        "javascript",
        "class BankAccount {\n  constructor(balance = 0) {\n    this.balance = balance;\n  }\n\n  deposit(amount) {\n    this.balance ‸",
        Some("+= amount;"),
    ),
    (
        "javascript",
        "class BankAccount {\n  constructor(balance = 0) {\n    this.balance = balance;\n  }\n\n  getBalance() {\n    return ‸",
        Some("this.balance;"),
    ),
    (
        "java",
        "public void deposit(double amount) {\n    balance ‸",
        Some("+= amount;"),
    ),
    (
        "rust",
        "impl BankAccount {\n    fn deposit(&mut self, amount: f64) {\n        self.balance ‸",
        Some("+= amount;"),
    ),
    (
        "cpp",
        "class BankAccount {\n    double balance = 0;\npublic:\n    double getBalance() const {\n        return ‸",
        Some("balance;"),
    ),
    (
        "python",
        "class Account:\n    def deposit(self, amount, note):\n        self.balance ‸",
        None,
    ),
    (
        "python",
        "class Account:\n    def add_item(self, item):\n        self.balance ‸",
        None,
    ),
    (
        "python",
        "weight = float(input(\"Weight: \"))\nheight = float(input(\"Height: \"))\nbmi = ‸",
        Some("weight / height ** 2"),
    ),
    (
        "java",
        "double weight = 70;\ndouble height = 1.75;\ndouble bmi = ‸",
        Some("weight / (height * height);"),
    ),
    ("python", "bmi = ‸", None),
    // Fifteenth round (beginner projects), continued: operands read from input, a list's average, a palindrome,
    // rock-paper-scissors' pick, a guessing game's loop, a countdown's step.
    (
        "python",
        "num1 = float(input(\"First number: \"))\nnum2 = float(input(\"Second number: \"))\nop = input(\"Operator: \")\nif op == \"+\":\n    result = ‸",
        Some("num1 + num2"),
    ),
    (
        "javascript",
        "const a = Number(prompt(\"a\"));\nconst b = Number(prompt(\"b\"));\nif (op === \"+\") {\n  result = ‸",
        Some("a + b;"),
    ),
    (
        "java",
        "if (score >= 90) {\n    grade = 'A';\n} else if (score >= 80) {\n    grade = ‸",
        Some("'B';"),
    ),
    (
        "go",
        "if score >= 90 {\n\tgrade = \"A\"\n} else if score >= 80 {\n\tgrade = ‸",
        Some("\"B\""),
    ),
    (
        "cpp",
        "double celsiusToFahrenheit(double celsius) {\n    return ‸",
        Some("celsius * 9 / 5 + 32;"),
    ),
    (
        "typescript",
        "function bmi(weight: number, height: number): number {\n  return ‸",
        Some("weight / (height * height)"),
    ),
    (
        "python",
        "def average(numbers):\n    return ‸",
        Some("sum(numbers) / len(numbers)"),
    ),
    (
        "python",
        "scores = [88, 92, 79]\naverage = ‸",
        Some("sum(scores) / len(scores)"),
    ),
    (
        "javascript",
        "function average(numbers) {\n  return ‸",
        Some("numbers.reduce((a, b) => a + b, 0) / numbers.length"),
    ),
    (
        "python",
        "def average(numbers):\n    total = sum(numbers)\n    return ‸",
        None,
    ),
    ("python", "a = [1, 2]\nb = [3, 4]\naverage = ‸", None),
    (
        "python",
        "import random\noptions = [\"rock\", \"paper\", \"scissors\"]\ncomputer_choice = random.‸",
        Some("choice(options)"),
    ),
    (
        "python",
        "import random\nsecret_number = random.randint(1, 100)\nguess = 0\nwhile guess != ‸",
        Some("secret_number:"),
    ),
    ("python", "secret = 7\nwhile guess != ‸", None),
    (
        "python",
        "count = 10\nwhile count > 0:\n    print(count)\n    count ‸",
        Some("-= 1"),
    ),
    (
        "java",
        "int seconds = 10;\nwhile (seconds > 0) {\n    System.out.println(seconds);\n    seconds ‸",
        Some("-= 1;"),
    ),
    ("python", "while count > 10:\n    count ‸", None),
    (
        "python",
        "while count > 0:\n    print(count)\n    total ‸",
        None,
    ),
    (
        "java",
        "switch (op) {\n    case '+':\n        result = num1 + num2;\n        break;\n    case '-':\n        result = ‸",
        Some("num1 - num2;"),
    ),
    (
        "c",
        "switch (op) {\n    case '+':\n        result = a + b;\n        break;\n    case '*':\n        result = ‸",
        Some("a * b;"),
    ),
    (
        "go",
        "switch op {\ncase \"+\":\n\tresult = a + b\ncase \"-\":\n\tresult = ‸",
        Some("a - b"),
    ),
    (
        "rust",
        "let result = match op {\n    '+' => a + b,\n    '-' => a - b,\n    '*' => ‸",
        Some("a * b,"),
    ),
    (
        "python",
        "def calc(n1, n2, op):\n    if op == '*':\n        return ‸",
        Some("n1 * n2"),
    ),
    (
        "python",
        "if key == \"+\":\n    zoom = zoom + 1\nelif key == \"-\":\n    zoom = ‸",
        None,
    ),
    (
        "python",
        "class BankAccount:\n    def __init__(self, owner, balance=0):\n        self.owner = owner\n        self.balance = balance\n\n    def withdraw(self, amount):\n        if amount > ‸",
        Some("self.balance:"),
    ),
    (
        "python",
        "class BankAccount:\n    def __init__(self, balance=0):\n        self.balance = balance\n\n    def withdraw(self, amount):\n        if amount > ‸:",
        Some("self.balance"),
    ),
    (
        "python",
        "class Shop:\n    def withdraw(self, amount):\n        if amount > ‸",
        None,
    ),
    (
        "python",
        "n = 1234\ntotal = 0\nwhile n > 0:\n    total += n % 10\n    n ‸",
        Some("//= 10"),
    ),
    (
        "java",
        "while (n > 0) {\n    sum += n % 10;\n    n ‸",
        Some("/= 10;"),
    ),
    ("python", "while n > 0:\n    x = n / 2\n    n ‸", None),
    (
        "javascript",
        "let n = 5;\nwhile (n > 0) {\n  console.log(n);\n  n ‸",
        Some("-= 1;"),
    ),
    (
        "python",
        "class BankAccount:\n    def __init__(self, balance=0):\n        self.balance = balance\n\n    def withdraw(self, amount):\n        if amount > self.balance:\n            raise ValueError(\"Insufficient funds\")\n        self.balance ‸",
        Some("-= amount"),
    ),
    // Seventh round.
    (
        "python",
        "class Dog(Animal):\n    def __init__(self, name):\n        super().‸",
        Some("__init__("),
    ),
    (
        "python",
        "class Dog(Animal):\n    def __init__(self, name):\n        super().__init__(‸",
        Some("name)"),
    ),
    (
        "python",
        "counts = {}\nfor word in words:\n    counts[word] = counts.get(‸",
        Some("word, 0) + 1"),
    ),
    (
        "java",
        "Map<String, Integer> counts = new HashMap<>();\ncounts.put(word, counts.getOrDefault(‸",
        Some("word, 0) + 1);"),
    ),
    (
        "python",
        "import logging\nlogger = logging.getLogger(‸",
        Some("__name__)"),
    ),
    (
        "javascript",
        "class Dog extends Animal {\n  constructor(name) {\n    ‸",
        Some("super("),
    ),
    // Without a parent class there is no parent to build: the parameter is stored.
    (
        "javascript",
        "class Dog {\n  constructor(name) {\n    ‸",
        Some("this.name = name"),
    ),
    (
        "java",
        "public class Dog extends Animal {\n    public Dog(String name) {\n        ‸",
        Some("super(name);"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tch := make(chan int)\n\tgo func() {\n\t\tch <- 1\n\t}()\n\tv := <-‸",
        Some("ch"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tselect {\n\t‸",
        Some("case "),
    ),
    (
        "go",
        "package main\n\nimport \"fmt\"\n\ntype User struct{ Name string }\n\nfunc (u User) String() string {\n\treturn fmt.‸",
        Some("Sprintf()"),
    ),
    (
        "rust",
        "use std::fmt;\n\nimpl fmt::Display for Point {\n    fn ‸",
        Some("fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {"),
    ),
    (
        "rust",
        "impl Iterator for Counter {\n    type Item = u32;\n    fn ‸",
        Some("next(&mut self) -> Option<Self::Item> {"),
    ),
    (
        "java",
        "@Override\npublic boolean equals(Object o) {\n    if (this == o) return ‸",
        Some("true;"),
    ),
    (
        "java",
        "try {\n    Thread.sleep(100);\n} catch (‸",
        Some("InterruptedException e) {"),
    ),
    (
        "cpp",
        "#include <map>\nstd::map<std::string, int> m;\nauto it = m.find(\"a\");\nif (it != m.‸",
        Some("end()"),
    ),
    (
        "python",
        "import re\nm = re.match(\"a\", s)\nif m:\n    print(m.‸",
        None,
    ),
    // Fifteenth round (collections, objects, concurrency): an operator's new object from both operands' fields, a printable form (listed only), a class method's `cls(...)`, a subclass storing what it did not pass to its parent, a setter; comparators (C's `qsort`, C++'s `std::sort` lambda on numbers, Go's `sort.Slice`), a Java stream collected into its `List`; threads, locks and channels in each language; look-alikes left alone.
    (
        "python",
        "class Vector:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n\n    def __add__(self, other):\n        return ‸",
        Some("Vector(self.x + other.x, self.y + other.y)"),
    ),
    (
        "python",
        "class Vector:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n\n    def __sub__(self, other):\n        return ‸",
        Some("Vector(self.x - other.x, self.y - other.y)"),
    ),
    (
        "python",
        "class Point:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n\n    def __str__(self):\n        return ‸",
        None,
    ),
    (
        "python",
        "class Date:\n    def __init__(self, day, month, year):\n        self.day = day\n\n    @classmethod\n    def from_string(cls, s):\n        day, month, year = map(int, s.split('-'))\n        return ‸",
        Some("cls(day, month, year)"),
    ),
    (
        "python",
        "class Date:\n    def __init__(self, day, month, year):\n        self.day = day\n\n    @classmethod\n    def from_string(cls, s):\n        return ‸",
        None,
    ),
    (
        "python",
        "class Dog(Animal):\n    def __init__(self, name, breed):\n        super().__init__(name)\n        ‸",
        Some("self.breed = breed"),
    ),
    (
        "python",
        "class Dog(Animal):\n    def __init__(self, name, breed, age):\n        super().__init__(name)\n        self.breed = breed\n        ‸",
        Some("self.age = age"),
    ),
    (
        "python",
        "class Dog(Animal):\n    def __init__(self, name):\n        super().__init__(name)\n        ‸",
        None,
    ),
    ("python", "from dataclasses import ‸", Some("dataclass")),
    (
        "python",
        "from concurrent.futures import ‸",
        Some("ThreadPoolExecutor"),
    ),
    ("python", "from collections import ‸", None),
    (
        "python",
        "import threading\n\ndef worker():\n    print(\"working\")\n\nt = threading.Thread(target=‸)",
        Some("worker"),
    ),
    (
        "python",
        "import threading\n\ndef a():\n    pass\ndef b():\n    pass\nt = threading.Thread(target=‸",
        None,
    ),
    (
        "python",
        "import threading\n\nt = threading.Thread(target=worker)\nt.‸",
        Some("start()"),
    ),
    (
        "python",
        "import threading\n\nt = threading.Thread(target=worker)\nt.start()\nt.‸",
        Some("join()"),
    ),
    (
        "python",
        "threads = []\nfor i in range(5):\n    t = threading.Thread(target=worker, args=(i,))\n    threads.append(t)\n    t.start()\nfor t in threads:\n    ‸",
        Some("t.join()"),
    ),
    ("python", "for item in items:\n    ‸", None),
    ("python", "lock = threading.Lock()\nwith ‸", Some("lock:")),
    (
        "javascript",
        "class Point {\n  constructor(x, y) {\n    this.x = x;\n    this.y = y;\n  }\n  toString() {\n    return ‸",
        None,
    ),
    (
        "javascript",
        "class Person {\n  constructor(name) {\n    this._name = name;\n  }\n  set name(value) {\n    ‸",
        Some("this._name = value;"),
    ),
    (
        "javascript",
        "const results = await Promise.all(urls.map(url => ‸))",
        Some("fetch(url)"),
    ),
    (
        "javascript",
        "const results = await Promise.all(users.map(user => ‸",
        None,
    ),
    (
        "rust",
        "fn main() {\n    let r = handle.join().‸",
        Some("unwrap();"),
    ),
    (
        "rust",
        "use std::sync::{Arc, Mutex};\n\nfn main() {\n    let counter = Arc::new(Mutex::new(0));\n    let c = Arc::clone(‸);",
        Some("&counter"),
    ),
    (
        "rust",
        "use std::sync::{Arc, Mutex};\n\nfn main() {\n    let counter = Arc::new(Mutex::new(0));\n    let c = Arc::clone(&counter);\n    let mut num = c.lock().‸",
        Some("unwrap();"),
    ),
    (
        "rust",
        "use std::sync::{Arc, Mutex};\n\nfn main() {\n    let counter = Arc::new(Mutex::new(0));\n    let c = Arc::clone(&counter);\n    let mut num = c.lock().unwrap();\n    ‸",
        Some("*num += 1;"),
    ),
    (
        "rust",
        "use std::sync::{Arc, Mutex};\n\nfn main() {\n    let data = Arc::new(Mutex::new(vec![]));\n    let mut v = data.lock().unwrap();\n    ‸",
        None,
    ),
    (
        "rust",
        "use std::sync::mpsc;\n\nfn main() {\n    let (tx, rx) = mpsc::‸",
        Some("channel();"),
    ),
    (
        "rust",
        "use std::sync::mpsc;\n\nfn main() {\n    let (tx, rx) = mpsc::channel();\n    let received = rx.recv().‸",
        Some("unwrap();"),
    ),
    (
        "rust",
        "use std::ops::Add;\n\nstruct Point {\n    x: i32,\n    y: i32,\n}\n\nimpl Add for Point {\n    type Output = ‸",
        Some("Point;"),
    ),
    (
        "rust",
        "use std::ops::Add;\n\nstruct Point {\n    x: i32,\n    y: i32,\n}\n\nimpl Add for Point {\n    type Output = Point;\n\n    fn add(self, other: Point) -> Point {\n        ‸",
        Some("Point { x: self.x + other.x, y: self.y + other.y }"),
    ),
    (
        "rust",
        "use std::thread;\n\nfn main() {\n    let handle = thread::spawn(‸",
        Some("move || {"),
    ),
    ("go", "sort.Slice(people, func(‸", Some("i, j int) bool {")),
    (
        "go",
        "var wg sync.WaitGroup\nfor i := 0; i < 5; i++ {\n\twg.Add(1)\n\tgo func(id int) {\n\t\t‸",
        Some("defer wg.Done()"),
    ),
    (
        "go",
        "var wg sync.WaitGroup\nfor i := 0; i < 5; i++ {\n\twg.Add(1)\n\tgo func(id int) {\n\t\tdefer wg.Done()\n\t\tfmt.Println(id)\n\t}(‸",
        Some("i)"),
    ),
    (
        "go",
        "var wg sync.WaitGroup\nfor i := 0; i < 5; i++ {\n\twg.Add(1)\n\tgo func() {\n\t\tdefer wg.Done()\n\t\tfmt.Println(i)\n\t}(‸",
        None,
    ),
    (
        "java",
        "List<Integer> evens = nums.stream().filter(n -> n % 2 == 0).‸",
        Some("collect(Collectors.toList());"),
    ),
    (
        "java",
        "List<Integer> evens = nums.stream().filter(n -> n % 2 == 0).collect(‸);",
        Some("Collectors.toList()"),
    ),
    ("java", "Thread t = new Thread(‸", Some("() -> {")),
    (
        "java",
        "ExecutorService executor = Executors.‸",
        Some("newFixedThreadPool("),
    ),
    ("cpp", "std::thread t(worker);\nt.‸", Some("join();")),
    (
        "cpp",
        "std::vector<std::thread> threads;\nfor (auto& t : threads) {\n    t.‸",
        Some("join();"),
    ),
    (
        "cpp",
        "std::sort(v.begin(), v.end(), [](int a, int b) { return ‸",
        Some("a < b; });"),
    ),
    (
        "cpp",
        "std::sort(v.begin(), v.end(), [](const Person& a, const Person& b) { return ‸",
        None,
    ),
    (
        "cpp",
        "std::mutex mtx;\nvoid f() {\n    std::lock_guard<std::mutex> lock(‸",
        Some("mtx);"),
    ),
    (
        "cpp",
        "class Animal {\npublic:\n    Animal(std::string name) : name(name) {}\n    std::string name;\n};\n\nclass Dog : public Animal {\npublic:\n    Dog(std::string name) : ‸",
        Some("Animal(name) {}"),
    ),
    (
        "c",
        "int compare(const void *a, const void *b) {\n    return ‸",
        Some("*(int *)a - *(int *)b;"),
    ),
    (
        "c",
        "int compare(const void *a, const void *b) {\n    return *(int *)a - *(int *)b;\n}\n\nint main() {\n    qsort(arr, n, sizeof(int), ‸);",
        Some("compare"),
    ),
    // Eighth round: a call through an object is a statement, not a method's header.
    ("java", "System.out.println(\"Hello‸", Some("\");")),
    ("java", "public void run(int x‸", None),
    (
        "python",
        "i = 0\nwhile i < 10:\n    print(i)\n    i ‸",
        Some("+= 1"),
    ),
    // Not in a loop: a variable set to 0 may become anything.
    ("python", "def f():\n    n = 0\n    n ‸", None),
    (
        "go",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i := 0; i < 5; i++ {\n\t\tfmt.Println(‸",
        Some("i"),
    ),
    (
        "rust",
        "fn main() {\n    for i in 0..5 {\n        println!(\"{}\", ‸",
        Some("i"),
    ),
    (
        "c",
        "for (int i = 0; i < 5; i++) {\n    printf(\"%d\\n\", ‸",
        Some("i"),
    ),
    // A counting loop's index given to any other call is a guess.
    ("c", "for (int i = 0; i < 5; i++) {\n    process(‸", None),
    // A placeholder left empty is filled with what the line above just computed, never closed empty.
    (
        "python",
        "name = input(\"What is your name? \")\nprint(f\"Hello, {‸",
        Some("name}\")"),
    ),
    (
        "javascript",
        "const who = \"Ada\";\nconsole.log(`Hello, ${‸",
        Some("who}`);"),
    ),
    ("javascript", "console.log(`Hello, ${‸", None),
    // Or with the function's one parameter not used yet.
    (
        "python",
        "def greet(name):\n    print(f\"Hello, {‸",
        Some("name}\")"),
    ),
    (
        "javascript",
        "function greet(name) {\n  console.log(`Hello, ${‸",
        Some("name}`)"),
    ),
    // Two parameters left: which one is the developer's to say.
    (
        "python",
        "def greet(name, greeting):\n    print(f\"{‸",
        None,
    ),
    // A file opened by the block is read line by line.
    (
        "python",
        "with open(\"data.txt\") as f:\n    for line in ‸",
        Some("f:"),
    ),
    (
        "python",
        "with open(path) as handle:\n    header = handle.readline()\n    for line in ‸",
        Some("handle:"),
    ),
    // A built-in that takes the collection just made.
    (
        "python",
        "numbers = [1, 2, 3]\ntotal = sum(‸",
        Some("numbers)"),
    ),
    (
        "python",
        "def report(data):\n    scores = [s for s in data if s > 0]\n    print(len(‸",
        Some("scores)"),
    ),
    ("python", "x = compute()\ntotal = sum(‸", None),
    ("python", "items = [1, 2]\nfor i in range(len(‸", None),
    // What a module defined is what it exports.
    (
        "javascript",
        "function greet(name) {\n  return `Hello, ${name}`;\n}\n\nmodule.exports = ‸",
        Some("greet;"),
    ),
    (
        "javascript",
        "function add(a, b) {\n  return a + b;\n}\nconst subtract = (a, b) => a - b;\n\nmodule.exports = ‸",
        Some("{ add, subtract };"),
    ),
    ("javascript", "const x = 1;\nmodule.exports = ‸", None),
    // An element's listener: the event its kind fires.
    (
        "javascript",
        "document.getElementById(\"btn\").addEventListener(‸",
        Some("\"click\", "),
    ),
    (
        "javascript",
        "const f = document.querySelector('form');\nf.addEventListener(‸",
        Some("'submit', "),
    ),
    ("javascript", "el.addEventListener(‸", None),
    // A stream line that wrote its message ends; after a label the value comes first.
    (
        "cpp",
        "#include <iostream>\nint main() {\n    std::cout << \"Hello\" << ‸",
        Some("std::endl;"),
    ),
    (
        "cpp",
        "#include <iostream>\nusing namespace std;\nint main() {\n    cout << \"Total: \" << total << ‸",
        Some("endl;"),
    ),
    (
        "cpp",
        "int main() {\n    std::cout << \"Total: \" << ‸",
        None,
    ),
    ("cpp", "int main() {\n    std::cout << ‸", None),
    // An accessor's whole body, from its first character.
    (
        "java",
        "public class Person {\n    private String name;\n\n    public String getName() {\n        ‸",
        Some("return name;"),
    ),
    (
        "java",
        "public class Person {\n    private String name;\n\n    public void setName(String name) {\n        this.‸",
        Some("name = name;"),
    ),
    (
        "java",
        "public class Person {\n    private String name;\n\n    public void setName(String newName) {\n        ‸",
        Some("this.name = newName;"),
    ),
    (
        "java",
        "public class Person {\n    public String getName() {\n        ‸",
        None,
    ),
    // An iterator given to a declared collection is collected, even from a split.
    (
        "rust",
        "fn main() {\n    let args: Vec<String> = std::env::args().‸",
        Some("collect()"),
    ),
    (
        "rust",
        "fn main() {\n    let words: Vec<&str> = text.split(' ').‸",
        Some("collect()"),
    ),
    // The check of an allocation or an open file, as far as it is typed.
    (
        "c",
        "#include <stdio.h>\nint main(void) {\n    FILE *f = fopen(\"data.txt\", \"r\");\n    if (f == ‸",
        Some("NULL) {"),
    ),
    (
        "c",
        "int main(void) {\n    int *p = malloc(sizeof(*p));\n    if (!‸",
        Some("p) {"),
    ),
    (
        "c",
        "int main(void) {\n    int n = count();\n    if (n == ‸",
        None,
    ),
    // A timer's arguments: the delay after its callback, the sleep idiom's resolver.
    (
        "javascript",
        "setTimeout(() => {\n  console.log(\"done\");\n}, ‸",
        Some("1000);"),
    ),
    (
        "javascript",
        "const sleep = (ms) => new Promise((resolve) => setTimeout(‸",
        Some("resolve, ms))"),
    ),
    (
        "javascript",
        "items.forEach((item) => {\n  show(item);\n}, ‸",
        None,
    ),
    // Counting in a map, from the method's first character.
    (
        "python",
        "for word in words:\n    counts[word] = counts.‸",
        Some("get(word, 0) + 1"),
    ),
    (
        "java",
        "for (String w : words) {\n    counts.put(w, counts.getO‸",
        Some("rDefault(w, 0) + 1);"),
    ),
    ("python", "x = counts.‸", None),
    (
        "python",
        "def read_numbers(path):\n    with open(path) as f:\n        return [int(line) for line in ‸",
        Some("f]"),
    ),
    // A class field's type said by its name.
    (
        "python",
        "from dataclasses import dataclass\n\n@dataclass\nclass User:\n    name: str\n    age: ‸",
        Some("int"),
    ),
    ("python", "class Product:\n    price: ‸", Some("float")),
    ("python", "class A:\n    def f(self):\n        age: ‸", None),
    // A WaitGroup's steps around the goroutines of a loop.
    (
        "go",
        "func main() {\n\tvar wg sync.WaitGroup\n\tfor i := 0; i < 3; i++ {\n\t\twg.‸",
        Some("Add(1)"),
    ),
    (
        "go",
        "func main() {\n\tvar wg sync.WaitGroup\n\tfor i := 0; i < 3; i++ {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.‸",
        Some("Done()"),
    ),
    (
        "go",
        "func main() {\n\tvar wg sync.WaitGroup\n\tfor i := 0; i < 3; i++ {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t}()\n\t}\n\twg.‸",
        Some("Wait()"),
    ),
    // A web application's first lines.
    (
        "python",
        "from flask import Flask\n\napp = Flask(‸",
        Some("__name__)"),
    ),
    (
        "python",
        "from flask import Flask\napp = Flask(__name__)\n\n@app.‸",
        Some("route()"),
    ),
    (
        "python",
        "from flask import Flask\napp = Flask(__name__)\n\nif __name__ == \"__main__\":\n    app.‸",
        Some("run(debug=True)"),
    ),
    ("python", "@app.‸", None),
    (
        "javascript",
        "const express = require(\"express\");\nconst app = express();\napp.use(express.‸",
        Some("json()"),
    ),
    (
        "javascript",
        "const express = require(\"express\");\nconst app = express();\nconst PORT = 3000;\n\napp.listen(‸",
        Some("PORT, () => {"),
    ),
    (
        "go",
        "func hello(w http.ResponseWriter, r *http.Request) {\n\tfmt.‸",
        Some("Fprintf(w, "),
    ),
    // React: an effect run once, a counter's step.
    (
        "typescript",
        "import { useEffect } from \"react\";\nuseEffect(() => {\n  fetchData();\n}, ‸",
        Some("[]);"),
    ),
    (
        "typescript",
        "const [count, setCount] = useState(0);\nreturn <button onClick={() => setCount(‸",
        Some("count + 1)"),
    ),
    (
        "typescript",
        "const [name, setName] = useState(\"\");\nsetName(‸",
        None,
    ),
    // Tests.
    (
        "rust",
        "#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[‸",
        Some("test]"),
    ),
    (
        "java",
        "import org.junit.jupiter.api.Test;\n\nclass CalculatorTest {\n    @‸",
        Some("Test"),
    ),
    // Counting in a map's entry.
    (
        "rust",
        "fn main() {\n    for word in text.split_whitespace() {\n        *counts.entry(word).‸",
        Some("or_insert(0) += 1;"),
    ),
    // Reading input of the declared type.
    (
        "c",
        "int main(void) {\n    char name[50];\n    scanf(‸",
        Some("\"%s\", name);"),
    ),
    (
        "c",
        "int main(void) {\n    int n;\n    scanf(\"%d\", ‸",
        Some("&n);"),
    ),
    (
        "c",
        "int main(void) {\n    int n;\n    scanf(\"%s\", ‸",
        None,
    ),
    (
        "cpp",
        "int main() {\n    std::string s = \"hello\";\n    for (char c : ‸",
        Some("s) {"),
    ),
    // Reading and converting input.
    ("python", "name = input(\"Name: \").‸", Some("strip()")),
    (
        "rust",
        "fn main() {\n    let n: i32 = input.trim().‸",
        Some("parse()"),
    ),
    (
        "rust",
        "fn main() {\n    let s: String = input.trim().‸",
        None,
    ),
    ("go", "func main() {\n\tn, err := strconv.‸", Some("Atoi()")),
    ("go", "func main() {\n\ts := strconv.‸", Some("Itoa()")),
    (
        "go",
        "func main() {\n\tscanner := bufio.NewScanner(os.Stdin)\n\tfor scanner.‸",
        Some("Scan() {"),
    ),
    (
        "java",
        "Random rand = new Random();\ndouble d = rand.‸",
        Some("nextDouble()"),
    ),
    ("java", "RandomAccessFile f = open();\nint n = f.‸", None),
    // The exception a try block's body raises, and the program's entry point.
    (
        "python",
        "try:\n    age = int(input(\"Age: \"))\nexcept ‸",
        Some("ValueError:"),
    ),
    (
        "python",
        "try:\n    run()\nexcept ‸",
        Some("Exception as e:"),
    ),
    (
        "java",
        "public class Hello {\n    public static void ‸",
        Some("main(String[] args) {"),
    ),
    (
        "java",
        "public class Utils {\n    private int x;\n\n    public static void ‸",
        None,
    ),
    // A fetched body is read as JSON whatever its name, unless the name says otherwise.
    (
        "javascript",
        "async function load() {\n  const response = await fetch(\"/api/user\");\n  const user = await response.‸",
        Some("json()"),
    ),
    (
        "javascript",
        "const res = await fetch(url);\nconst html = await res.‸",
        Some("text()"),
    ),
    // A value just read, used next in the line's one call.
    (
        "python",
        "name = input(\"Name: \")\nprint(\"Hello, \" + ‸",
        Some("name"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tname := read()\n\tgreet(‸",
        Some("name"),
    ),
    (
        "python",
        "def greet(name):\n    return \"Hello, \" + ‸",
        Some("name"),
    ),
    (
        "python",
        "for line in open(\"f.txt\"):\n    print(‸",
        Some("line"),
    ),
    (
        "java",
        "String name = \"Ada\";\nSystem.out.println(‸",
        Some("name"),
    ),
    (
        "c",
        "#include <stdio.h>\nint main() {\n    int n = 3;\n    printf(\"%d\\n\", ‸",
        Some("n"),
    ),
    // A format call's first argument is the format string.
    (
        "go",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tname := \"Ada\"\n\tfmt.Printf(‸",
        None,
    ),
    (
        "python",
        "def area(width, height):\n    return ‸",
        Some("width * height"),
    ),
    (
        "javascript",
        "const add = function (a, b) {\n  return ‸",
        Some("a + b"),
    ),
    (
        "python",
        "numbers = [1, 2, 3]\nsquares = [n ** 2 for n in ‸",
        Some("numbers]"),
    ),
    (
        "python",
        "words = [\"a\"]\nupper = [word.upper() for word in ‸",
        Some("words]"),
    ),
    ("python", "x = [i * 2 for i in ‸", None),
    // One of a series of assignments: the line above says nothing of this one's arguments.
    ("go", "const (\n\tA = Errno(0x1)\n\tB = Errno(‸", None),
    // Used already: no longer fresh.
    ("python", "name = input()\nprint(name)\nlog(‸", None),
    (
        "java",
        "List<String> names = new ArrayList<>();\nnames.‸",
        Some("add()"),
    ),
    (
        "cpp",
        "int main() {\n    std::vector<int> v;\n    v.‸",
        Some("push_back()"),
    ),
    // Go: the error check after a statement that assigns `err`, not once it is checked.
    (
        "go",
        "package main\n\nimport \"os\"\n\nfunc main() {\n\tf, err := os.Open(\"x\")\n\t‸",
        Some("if err != nil {"),
    ),
    (
        "go",
        "package main\n\nfunc run() error {\n\terr = w.Flush()\n\ti‸",
        Some("f err != nil {"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tf, err := os.Open(\"x\")\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\t‸",
        Some("defer f.Close()"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\terr := fmt.Errorf(\"bad\")\n\t‸",
        None,
    ),
    // Go: a slice appended to itself; `:=` makes a new slice, from another.
    (
        "go",
        "package main\n\nfunc main() {\n\ts := []int{}\n\ts = append(‸",
        Some("s, "),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tp.items = append(‸",
        Some("p.items, "),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tall := append(‸",
        None,
    ),
    // Go: `make(` of what the name says; a name that says nothing gets nothing.
    (
        "go",
        "package main\n\nfunc main() {\n\tch := make(‸",
        Some("chan "),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tresultCh := make(‸",
        Some("chan "),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tm := make(‸",
        Some("map["),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tusersByID := make(‸",
        Some("map["),
    ),
    ("go", "package main\n\nfunc main() {\n\tbuf := make(‸", None),
    // Go: the first import, and only the first.
    ("go", "package main\n\nimport ‸", Some("\"fmt\"")),
    ("go", "package main\n\nimport \"os\"\n\nimport ‸", None),
    // Go: `defer ` releases what was just acquired, once.
    (
        "go",
        "package main\n\nfunc main() {\n\tf, err := os.Open(\"x\")\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\tdefer ‸",
        Some("f.Close()"),
    ),
    (
        "go",
        "package main\n\nfunc (s *Store) Put() {\n\ts.mu.Lock()\n\tdefer ‸",
        Some("s.mu.Unlock()"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tctx, cancel := context.WithTimeout(ctx, time.Second)\n\tdefer ‸",
        Some("cancel()"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tf, err := os.Open(\"x\")\n\tdefer f.Close()\n\tdefer ‸",
        None,
    ),
    ("go", "package main\n\nfunc main() {\n\tdefer ‸", None),
    // The counting loop's header, part by part, in every language that spells it so.
    (
        "go",
        "package main\n\nfunc main() {\n\tfor i := 0; ‸",
        Some("i < "),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tfor i := 0; i < n; ‸",
        Some("i++ {"),
    ),
    ("c", "int main() {\n    for (int i = 0; ‸", Some("i < ")),
    ("c", "int main() {\n    for (int i = 0;‸", Some(" i < ")),
    (
        "c",
        "int main() {\n    for (int i = 0; i < n; ‸",
        Some("i++) {"),
    ),
    ("java", "for (int i = n - 1; i >= 0; ‸", Some("i--) {")),
    // A condition still being written has no step yet.
    ("java", "for (int i = 0; i < ; ‸", None),
    ("javascript", "for (let i = 0; ‸", Some("i < ")),
    ("javascript", "for (let i = 0; i < arr.‸", Some("length")),
    (
        "typescript",
        "for (let i = 0; i < items.length; ‸",
        Some("i++) {"),
    ),
    ("java", "for (int i = 0; i < arr.‸", Some("length")),
    (
        "java",
        "List<String> names = new ArrayList<>();\nfor (int i = 0; i < names.‸",
        Some("size()"),
    ),
    (
        "cpp",
        "int main() {\n    std::vector<int> v;\n    for (size_t i = 0; i < v.‸",
        Some("size()"),
    ),
    // Java: the usual class of a collection interface, the getter's field, `@Override`, a string's length.
    ("java", "List<String> names = new ‸", Some("ArrayList<>();")),
    (
        "java",
        "Map<String, Integer> counts = new ‸",
        Some("HashMap<>();"),
    ),
    ("java", "Set<String> seen = new ‸", Some("HashSet<>();")),
    (
        "java",
        "private final List<String> names = new Arr‸",
        Some("ayList<>();"),
    ),
    ("java", "StringBuilder sb = new ‸", Some("StringBuilder();")),
    // Another type may be an interface or a base class: `new Runnable() {`, `new Shape` of a subclass.
    ("java", "Runnable task = new ‸", None),
    ("java", "int[] values = new ‸", None),
    ("java", "interface Shape {\n    @‸", None),
    (
        "java",
        "public class Dog {\n    private String name;\n    public String getName() {\n        return ‸",
        Some("name;"),
    ),
    (
        "java",
        "public class Dog {\n    private boolean active;\n    public boolean isActive() {\n        return ‸",
        Some("active;"),
    ),
    (
        "java",
        "public class Dog {\n    public String getName() {\n        return ‸",
        None,
    ),
    (
        "java",
        "class Dog extends Animal {\n    @‸",
        Some("Override"),
    ),
    // Outside a class body, and in a class whose members carry other annotations, `@Override` is no better a guess.
    ("java", "@‸", None),
    (
        "java",
        "class DogTest {\n    @Test\n    void a() {}\n    @Test\n    void b() {}\n    @‸",
        None,
    ),
    ("java", "String s = \"abc\";\nint n = s.‸", Some("length()")),
    ("java", "Foo s = foo();\nint n = s.‸", None),
    // The first line of `main` is anyone's: `System.out.println(` is only listed.
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        ‸",
        None,
    ),
    ("java", "for (String name : ‸", None),
    (
        "java",
        "List<String> names = new ArrayList<>();\nfor (String name : ‸",
        Some("names) {"),
    ),
    // C and C++.
    (
        "c",
        "#include <stdlib.h>\nint *p = malloc(‸",
        Some("sizeof(*p));"),
    ),
    (
        "c",
        "struct node *n = (struct node *)malloc(‸",
        Some("sizeof(*n));"),
    ),
    // A byte buffer's size is a count of bytes; another allocator is not `malloc`.
    ("c", "char *text = malloc(‸", None),
    ("c", "x = sqlite3_malloc(‸", None),
    (
        "cpp",
        "#include <iostream>\nusing namespace ‸",
        Some("std;"),
    ),
    (
        "cpp",
        "class Foo {\npublic:\n    Foo();\n    ~‸",
        Some("Foo();"),
    ),
    ("cpp", "class Foo {\npublic:\n    ~Foo();\n    ~‸", None),
    ("cpp", "int main() {\n    ~‸", None),
    (
        "cpp",
        "#include <iostream>\nint main() {\n    std::cout << \"hi\" << std::‸",
        Some("endl"),
    ),
    (
        "cpp",
        "#include <iostream>\nint main() {\n    std::cout << ‸",
        None,
    ),
    ("cpp", "int main() {\n    for (auto& x : ‸", None),
    (
        "cpp",
        "int main() {\n    std::vector<int> v;\n    for (auto& x : ‸",
        Some("v) {"),
    ),
    // Two containers: which one the loop walks is the developer's to say.
    (
        "cpp",
        "int main() {\n    std::vector<int> v;\n    std::vector<int> w;\n    for (auto& x : ‸",
        None,
    ),
    // Ninth round: an f-string's placeholder still being written is not closed.
    (
        "python",
        "class User:\n    def __init__(self, name):\n        self.name = name\n\n    def __str__(self):\n        return f\"User({self.‸",
        Some("name})\""),
    ),
    // An attribute being typed in a placeholder is completed, then the string closed.
    (
        "python",
        "class Dog:\n    def __init__(self, name, age):\n        self.name = name\n        self.age = age\n\n    def __repr__(self):\n        return f\"Dog(name={self.name}, age={self.‸",
        Some("age})\""),
    ),
    (
        "python",
        "class Dog:\n    def __init__(self, name):\n        self.name = name\n\n    def speak(self):\n        print(f\"{self.n‸",
        Some("ame}\")"),
    ),
    (
        "python",
        "class Dog:\n    def __init__(self, name):\n        self.name = name\n\n    def speak(self):\n        print(f\"{self.x‸",
        None,
    ),
    (
        "python",
        "name = \"Ada\"\nprint(f\"User({name‸",
        Some("})\")"),
    ),
    ("python", "total = 3\nprint(f\"{total + ‸", None),
    // `json.` in a `with open(...)` block: read into a name, dumped as a statement.
    (
        "python",
        "import json\n\nwith open(\"data.json\") as f:\n    data = json.‸",
        Some("load(f)"),
    ),
    (
        "python",
        "import json\n\nwith open(\"out.json\", \"w\") as f:\n    json.‸",
        Some("dump()"),
    ),
    // A one-parameter function named for what it computes.
    ("python", "def square(n):\n    return ‸", Some("n * n")),
    (
        "python",
        "def is_even(n):\n    return ‸",
        Some("n % 2 == 0"),
    ),
    ("javascript", "const double = (x) => ‸", Some("x * 2")),
    ("javascript", "const isEven = n => ‸", Some("n % 2 === 0")),
    ("go", "func double(x int) int {\n\treturn ‸", Some("x * 2")),
    (
        "javascript",
        "function doubleClick(event) {\n  return ‸",
        None,
    ),
    // Rust: a one-parameter function's tail expression, and a struct's obvious methods.
    ("rust", "fn square(x: i32) -> i32 {\n    ‸", Some("x * x")),
    (
        "rust",
        "struct Stack {\n    items: Vec<i32>,\n}\n\nimpl Stack {\n    fn new() -> Self {\n        ‸",
        Some("Self { items: Vec::new() }"),
    ),
    (
        "rust",
        "struct Counter {\n    name: String,\n    count: u32,\n    done: bool,\n}\n\nimpl Counter {\n    fn new() -> Self {\n        ‸",
        Some("Self { name: String::new(), count: 0, done: false }"),
    ),
    (
        "rust",
        "struct Point {\n    x: f64,\n    origin: Origin,\n}\n\nimpl Point {\n    fn new() -> Self {\n        ‸",
        None,
    ),
    (
        "rust",
        "struct Stack {\n    items: Vec<i32>,\n}\n\nimpl Stack {\n    fn push(&mut self, item: i32) {\n        ‸",
        Some("self.items.push(item);"),
    ),
    (
        "rust",
        "struct Stack {\n    items: Vec<i32>,\n}\n\nimpl Stack {\n    fn pop(&mut self) -> Option<i32> {\n        ‸",
        Some("self.items.pop()"),
    ),
    (
        "rust",
        "struct Stack {\n    items: Vec<i32>,\n}\n\nimpl Stack {\n    fn is_empty(&self) -> bool {\n        ‸",
        Some("self.items.is_empty()"),
    ),
    (
        "rust",
        "fn main() {\n    let s = String::from(\"hello\");\n    for c in s.‸",
        Some("chars() {"),
    ),
    (
        "rust",
        "fn count(text: &str) -> usize {\n    for word in text.‸",
        Some("split_whitespace() {"),
    ),
    (
        "rust",
        "fn main() {\n    let v = vec![1, 2];\n    for c in v.‸",
        None,
    ),
    // The textbook stack in Go and Java.
    (
        "go",
        "package main\n\ntype Stack struct {\n\titems []int\n}\n\nfunc (s *Stack) Push(item int) {\n\t‸",
        Some("s.items = append(s.items, item)"),
    ),
    (
        "go",
        "package main\n\ntype Stack struct {\n\titems []int\n}\n\nfunc (s *Stack) Len() int {\n\treturn ‸",
        Some("len(s.items)"),
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Stack {\n    private List<Integer> items = new ArrayList<>();\n\n    public void push(int item) {\n        ‸",
        Some("items.add(item);"),
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Stack {\n    private List<Integer> items = new ArrayList<>();\n\n    public int pop() {\n        ‸",
        Some("return items.remove(items.size() - 1);"),
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Stack {\n    private ArrayList<String> items;\n\n    public String peek() {\n        return items.‸",
        Some("get(items.size() - 1);"),
    ),
    // The second line of a swap: the other side of the comparison, or the other parameter.
    (
        "c",
        "void swap(int *a, int *b) {\n    int tmp = *a;\n    ‸",
        Some("*a = *b;"),
    ),
    (
        "java",
        "class Sort {\n    static void bubble(int[] arr) {\n        for (int i = 0; i < arr.length; i++) {\n            for (int j = 0; j < arr.length - 1; j++) {\n                if (arr[j] > arr[j + 1]) {\n                    int temp = arr[j];\n                    ‸",
        Some("arr[j] = arr[j + 1];"),
    ),
    (
        "python",
        "def bubble(arr):\n    for i in range(len(arr)):\n        for j in range(len(arr) - 1):\n            if arr[j] > arr[j + 1]:\n                temp = arr[j]\n                ‸",
        Some("arr[j] = arr[j + 1]"),
    ),
    (
        "c",
        "void f(int *a, int *b) {\n    int old = *a;\n    ‸",
        None,
    ),
    // Go: a lock released by defer; time's calls by what they are for.
    (
        "go",
        "package main\n\nimport \"sync\"\n\nvar mu sync.Mutex\n\nfunc inc() {\n\tmu.Lock()\n\t‸",
        Some("defer mu.Unlock()"),
    ),
    (
        "go",
        "package main\n\nimport \"time\"\n\nfunc main() {\n\ttime.‸",
        Some("Sleep()"),
    ),
    (
        "go",
        "package main\n\nimport \"time\"\n\nfunc main() {\n\tstart := time.‸",
        Some("Now()"),
    ),
    (
        "java",
        "class Csv {\n    void read(String line) {\n        String[] parts = line.‸",
        Some("split()"),
    ),
    // The textbook shapes: area and perimeter from the fields.
    (
        "python",
        "import math\n\nclass Circle:\n    def __init__(self, radius):\n        self.radius = radius\n\n    def area(self):\n        return ‸",
        Some("math.pi * self.radius ** 2"),
    ),
    (
        "python",
        "class Circle:\n    def __init__(self, radius):\n        self.radius = radius\n\n    def area(self):\n        return ‸",
        None,
    ),
    (
        "python",
        "class Rectangle:\n    def __init__(self, width, height):\n        self.width = width\n        self.height = height\n\n    def perimeter(self):\n        return ‸",
        Some("2 * (self.width + self.height)"),
    ),
    (
        "java",
        "public class Circle implements Shape {\n    private double radius;\n\n    @Override\n    public double area() {\n        return ‸",
        Some("Math.PI * radius * radius;"),
    ),
    (
        "go",
        "package main\n\nimport \"math\"\n\ntype Circle struct {\n\tRadius float64\n}\n\nfunc (c Circle) Area() float64 {\n\treturn ‸",
        Some("math.Pi * c.Radius * c.Radius"),
    ),
    (
        "rust",
        "struct Rect {\n    width: f64,\n    height: f64,\n}\n\nimpl Rect {\n    fn area(&self) -> f64 {\n        return ‸",
        Some("self.width * self.height;"),
    ),
    (
        "javascript",
        "class Circle {\n  constructor(radius) {\n    this.radius = radius;\n  }\n\n  area() {\n    return ‸",
        Some("Math.PI * this.radius ** 2;"),
    ),
    (
        "rust",
        "struct Circle {\n    radius: f64,\n}\n\nimpl Circle {\n    fn area(&self) -> f64 {\n        ‸",
        Some("std::f64::consts::PI * self.radius * self.radius"),
    ),
    // C++: an algorithm over the one container declared.
    (
        "cpp",
        "#include <vector>\n#include <algorithm>\n\nint main() {\n    std::vector<int> v = {3, 1, 2};\n    std::sort(‸",
        Some("v.begin(), v.end());"),
    ),
    (
        "cpp",
        "#include <vector>\n#include <numeric>\n\nint main() {\n    std::vector<int> v = {3, 1, 2};\n    int total = std::accumulate(‸",
        Some("v.begin(), v.end(), "),
    ),
    (
        "cpp",
        "#include <vector>\n\nint main() {\n    std::vector<int> a, b;\n    std::sort(‸",
        None,
    ),
    // Everyday JavaScript of Node, the browser and React.
    (
        "javascript",
        "const roll = Math.floor(Math.‸",
        Some("random()"),
    ),
    (
        "javascript",
        "const express = require('express');\nconst PORT = process.env.‸",
        Some("PORT"),
    ),
    (
        "javascript",
        "const fs = require('fs');\nconst data = fs.‸",
        Some("readFileSync()"),
    ),
    (
        "javascript",
        "const fs = require('fs');\nfs.readFile('a.txt', 'utf8', (err, data) => {\n  if (err) ‸",
        Some("throw err;"),
    ),
    (
        "javascript",
        "function save(user, callback) {\n  if (err) ‸",
        Some("return callback(err)"),
    ),
    (
        "javascript",
        "const user = JSON.parse(localStorage.‸",
        Some("getItem()"),
    ),
    ("javascript", "localStorage.‸", Some("setItem()")),
    (
        "javascript",
        "const input = document.getElementById('name');\nconst value = input.‸",
        Some("value"),
    ),
    (
        "javascript",
        "const word = 'level';\nconst reversed = word.split('').‸",
        Some("reverse()"),
    ),
    (
        "javascript",
        "const fs = require('fs');\nconst file = fs.‸",
        None,
    ),
    (
        "javascript",
        "const scores = { ada: 3 };\nfor (const name in scores) {\n  console.log(name, ‸",
        Some("scores[name]);"),
    ),
    (
        "javascript",
        "const numbers = [1, 2, 3];\nconst doubled = numbers.map((n) => ‸",
        Some("n * 2);"),
    ),
    (
        "javascript",
        "const numbers = [1, 2, 3];\nconst evens = numbers.filter((n) => ‸",
        Some("n % 2 === 0);"),
    ),
    (
        "javascript",
        "const numbers = [1, 2, 3];\nconst labels = numbers.map((n) => ‸",
        None,
    ),
    (
        "javascript",
        "const numbers = [4, 9, 2];\nconst largest = Math.max(‸",
        Some("...numbers);"),
    ),
    (
        "javascript",
        "function Counter() {\n  const [count, setCount] = useState(‸",
        Some("0)"),
    ),
    (
        "javascript",
        "function Form() {\n  const [name, setName] = useState(‸",
        Some("\"\")"),
    ),
    (
        "javascript",
        "function Todos() {\n  const [todos, setTodos] = useState(‸",
        Some("[])"),
    ),
    (
        "javascript",
        "function Menu() {\n  const [isOpen, setIsOpen] = useState(‸",
        Some("false)"),
    ),
    (
        "javascript",
        "class Stack {\n  constructor() {\n    this.items = [];\n  }\n\n  push(item) {\n    ‸",
        Some("this.items.push(item);"),
    ),
    (
        "javascript",
        "class Stack {\n  constructor() {\n    this.items = [];\n  }\n\n  peek() {\n    return ‸",
        Some("this.items[this.items.length - 1];"),
    ),
    (
        "javascript",
        "class Queue {\n  constructor() {\n    this.items = [];\n  }\n\n  dequeue() {\n    return ‸",
        Some("this.items.shift();"),
    ),
    // An argparse parser: its arguments are added, then parsed.
    (
        "python",
        "import argparse\n\nparser = argparse.ArgumentParser()\nparser.‸",
        Some("add_argument()"),
    ),
    (
        "python",
        "import argparse\n\nparser = argparse.ArgumentParser()\nparser.add_argument(\"name\")\nargs = parser.‸",
        Some("parse_args()"),
    ),
    // A dictionary's value by its key.
    (
        "python",
        "scores = {\"ada\": 3, \"bob\": 5}\nbest = max(scores, key=‸",
        Some("scores.get)"),
    ),
    (
        "python",
        "ages = {\"ada\": 36}\nfor name in ages:\n    print(name, ‸",
        Some("ages[name])"),
    ),
    (
        "python",
        "names = [\"ada\"]\nfor name in names:\n    print(name, ‸",
        None,
    ),
    // asyncio: run() starts main() from the top level; inside a coroutine the loop already runs.
    (
        "python",
        "import asyncio\n\nasync def main():\n    asyncio.‸",
        Some("create_task()"),
    ),
    // The textbook stack and queue around one list.
    (
        "python",
        "class Stack:\n    def __init__(self):\n        self.items = []\n\n    def push(self, item):\n        ‸",
        Some("self.items.append(item)"),
    ),
    (
        "python",
        "class Stack:\n    def __init__(self):\n        self.items = []\n\n    def pop(self):\n        return ‸",
        Some("self.items.pop()"),
    ),
    (
        "python",
        "class Stack:\n    def __init__(self):\n        self.items = []\n\n    def peek(self):\n        return ‸",
        Some("self.items[-1]"),
    ),
    (
        "python",
        "class Stack:\n    def __init__(self):\n        self.items = []\n\n    def is_empty(self):\n        return ‸",
        Some("len(self.items) == 0"),
    ),
    (
        "python",
        "class Stack:\n    def __init__(self):\n        self.items = []\n\n    def size(self):\n        return ‸",
        Some("len(self.items)"),
    ),
    (
        "python",
        "class Queue:\n    def __init__(self):\n        self.queue = []\n\n    def dequeue(self):\n        return ‸",
        Some("self.queue.pop(0)"),
    ),
    // Two lists: which one the method uses is not known.
    (
        "python",
        "class Stack:\n    def __init__(self):\n        self.items = []\n        self.log = []\n\n    def pop(self):\n        return ‸",
        None,
    ),
    // Without a file, the name given to the result says whether JSON is parsed or written.
    (
        "python",
        "import json\n\ndef save(obj):\n    text = json.‸",
        Some("dumps()"),
    ),
    (
        "python",
        "import json\n\nwith open(\"out.json\", \"w\") as f:\n    text = json.‸",
        Some("dumps()"),
    ),
    (
        "python",
        "with open(\"data.txt\") as f:\n    for line in ‸",
        Some("f:"),
    ),
    (
        "python",
        "with open(\"data.txt\", \"w\") as f:\n    for line in ‸",
        None,
    ),
    // A first base class is a class of the module, not its most used function.
    (
        "python",
        "import unittest\n\nclass TestMath(unittest.‸",
        Some("TestCase):"),
    ),
    (
        "python",
        "import unittest\n\nclass TestMath(Base, unittest.‸",
        None,
    ),
    (
        "python",
        "names = [\"a\", \"b\"]\nprint(\", \".‸",
        Some("join()"),
    ),
    ("python", "print(\"{} items\".‸", Some("format()")),
    ("python", "print(\"abc\".‸", None),
    ("python", "import os\nfor name in os.‸", Some("listdir():")),
    (
        "python",
        "import os\nfor root, dirs, files in os.‸",
        Some("walk("),
    ),
    (
        "python",
        "from flask import Flask\n\napp = Flask(‸",
        Some("__name__)"),
    ),
    (
        "python",
        "from flask import Flask\n\napp = Flask(__name__)\n\n@app.‸",
        Some("route()"),
    ),
    ("python", "app = make_app()\n\n@app.‸", None),
    // JavaScript: a named value is parsed from JSON, text is made from it; pairs come from `entries`.
    ("javascript", "const obj = JSON.‸", Some("parse()")),
    ("javascript", "const body = JSON.‸", Some("stringify()")),
    ("javascript", "export const parse = JSON.‸", Some("parse")),
    (
        "javascript",
        "for (const [key, value] of Object.‸",
        Some("entries()"),
    ),
    ("javascript", "module.‸", Some("exports")),
    ("javascript", "function f(module) {\n  module.‸", None),
    (
        "javascript",
        "class Person {\n  constructor(name, age) {\n    this.name = name;\n    ‸",
        Some("this.age = age;"),
    ),
    (
        "javascript",
        "class Person {\n  constructor(name) {\n    this.name = ‸",
        Some("name"),
    ),
    // A component's first line is not a constructor's.
    ("javascript", "function App(props) {\n  ‸", None),
    (
        "javascript",
        "async function main() {\n  try {\n    await run();\n  } catch (error) {\n    console.error(‸",
        Some("error"),
    ),
    // Java: a constructor and a setter store their parameters; one that delegates does not.
    (
        "java",
        "public class Person {\n    private String name;\n    private int age;\n\n    public Person(String name, int age) {\n        ‸",
        Some("this.name = name;"),
    ),
    (
        "java",
        "public class Person {\n    private String name;\n    private int age;\n\n    public Person(String name, int age) {\n        this.name = name;\n        ‸",
        Some("this.age = age;"),
    ),
    (
        "java",
        "public class Person {\n    private String name;\n\n    public void setName(String name) {\n        ‸",
        Some("this.name = name;"),
    ),
    (
        "java",
        "public class Key {\n    private final int a;\n    private final int b;\n    private final int c;\n\n    public Key(int a, int b) {\n        ‸",
        None,
    ),
    (
        "java",
        "public class NotDirectoryException\n    extends FileSystemException\n{\n    public NotDirectoryException(String file) {\n        ‸",
        None,
    ),
    (
        "java",
        "try {\n    int n = Integer.parseInt(args[0]);\n} catch (‸",
        Some("NumberFormatException e) {"),
    ),
    ("java", "int n = Integer.‸", Some("parseInt()")),
    ("java", "Integer boxed = Integer.‸", None),
    (
        "java",
        "Map<String, Integer> m = new HashMap<>();\nfor (Map.Entry<String, Integer> e : m.‸",
        Some("entrySet()) {"),
    ),
    (
        "java",
        "BufferedReader br = new BufferedReader(new FileReader(\"a.txt\"));\nString line;\nwhile ((line = br.‸",
        Some("readLine()) != null) {"),
    ),
    // Go: handler and test parameters, results that name the call, the scanner's loop.
    (
        "go",
        "package main\n\nimport \"net/http\"\n\nfunc handler(w http.ResponseWriter, r *http.‸",
        Some("Request) {"),
    ),
    (
        "go",
        "package main\n\nimport \"net/http\"\n\nfunc handler(w http.‸",
        Some("ResponseWriter, r *http.Request) {"),
    ),
    (
        "go",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\nfunc handler(w http.ResponseWriter, r *http.Request) {\n\tfmt.‸",
        Some("Fprintf(w, "),
    ),
    (
        "go",
        "package main\n\nimport \"testing\"\n\nfunc TestAdd(t *testing.‸",
        Some("T) {"),
    ),
    (
        "go",
        "package main\n\nimport \"testing\"\n\nfunc TestAdd(t *testing.T) {\n\tif add(1, 2) != 3 {\n\t\tt.‸",
        Some("Errorf()"),
    ),
    (
        "go",
        "package main\n\nimport \"testing\"\n\nfunc TestAdd(t *testing.T) {\n\tt.‸",
        None,
    ),
    (
        "go",
        "package main\n\nimport \"strconv\"\n\nfunc main() {\n\tn, err := strconv.‸",
        Some("Atoi()"),
    ),
    (
        "go",
        "package main\n\nimport \"strconv\"\n\nfunc main() {\n\ts := strconv.‸",
        Some("Itoa()"),
    ),
    (
        "go",
        "package main\n\nimport \"encoding/json\"\n\nfunc main() {\n\tb, err := json.‸",
        Some("Marshal()"),
    ),
    (
        "go",
        "package main\n\nimport \"encoding/json\"\n\nfunc main() {\n\terr := json.‸",
        Some("Unmarshal()"),
    ),
    (
        "go",
        "package main\n\nimport \"bufio\"\n\nfunc main() {\n\tscanner := bufio.NewScanner(f)\n\tfor scanner.‸",
        Some("Scan() {"),
    ),
    (
        "go",
        "package main\n\nimport \"bufio\"\n\nfunc main() {\n\tscanner := bufio.NewScanner(f)\n\tfor scanner.Scan() {\n\t\tline := scanner.‸",
        Some("Text()"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tm := map[string]int{}\n\tif v, ok := m[\"a\"]; ‸",
        Some("ok {"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tif n := count(); ‸",
        None,
    ),
    (
        "go",
        "package main\n\ntype User struct {\n\tName string\n}\n\nfunc NewUser(name string) *User {\n\treturn ‸",
        Some("&User{"),
    ),
    (
        "go",
        "package main\n\nfunc Load(name string) *User {\n\treturn ‸",
        None,
    ),
    // Rust: a test module's attribute, counting with an entry, a constructor's result, a sum.
    (
        "rust",
        "#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[‸",
        Some("test]"),
    ),
    (
        "rust",
        "use std::collections::HashMap;\n\nfn main() {\n    let mut counts = HashMap::new();\n    for w in words {\n        *counts.entry(w).‸",
        Some("or_insert(0) += 1;"),
    ),
    ("rust", "fn main() {\n    counts.entry(w).‸", None),
    (
        "rust",
        "struct Point {\n    x: f64,\n    y: f64,\n}\n\nimpl Point {\n    fn new(x: f64, y: f64) -> ‸",
        Some("Self {"),
    ),
    ("rust", "fn new(x: f64) -> ‸", None),
    (
        "rust",
        "fn main() {\n    let args: Vec<String> = std::env::args().‸",
        Some("collect()"),
    ),
    (
        "rust",
        "fn main() {\n    let v = vec![1, 2, 3];\n    let total: i32 = v.iter().‸",
        Some("sum()"),
    ),
    (
        "rust",
        "fn main() {\n    let v = vec![1, 2, 3];\n    let first: i32 = v.iter().‸",
        None,
    ),
    // C and C++: `main`'s arguments, include guards, a type's `;`, reading into what was just declared.
    (
        "c",
        "#include <stdio.h>\n\nint main(int argc, char *‸",
        Some("argv[]) {"),
    ),
    ("c", "#ifndef POINT_H\n#define ‸", Some("POINT_H")),
    ("c", "#include <stdio.h>\n#define ‸", None),
    ("cpp", "#pragma ‸", Some("once")),
    ("c", "struct Point {\n    int x;\n    int y;\n}‸", Some(";")),
    ("c", "int main(void) {\n    return 0;\n}‸", None),
    (
        "c",
        "int main(void) {\n    int n;\n    scanf(\"%d\", ‸",
        Some("&n);"),
    ),
    (
        "cpp",
        "#include <iostream>\n\nint main() {\n    std::string name;\n    std::cin >> ‸",
        Some("name;"),
    ),
    (
        "cpp",
        "#include <iostream>\n\nint main() {\n    std::cout << \"Hello, World!\" << ‸",
        Some("std::endl;"),
    ),
    (
        "cpp",
        "#include <iostream>\nint main() {\n    int x = 5;\n    std::cout << \"x = \" << ‸",
        None,
    ),
    (
        "cpp",
        "try {\n    run();\n} catch (‸",
        Some("const std::exception& e) {"),
    ),
    (
        "cpp",
        "try {\n    run();\n} catch (const std::exception& e) {\n    std::cerr << e.‸",
        Some("what()"),
    ),
    (
        "cpp",
        "#include <fstream>\nint main() {\n    std::ifstream file(\"a.txt\");\n    std::string line;\n    while (std::getline(‸",
        Some("file, line)) {"),
    ),
    // A Rust format string's inline argument is closed before the quote; an empty placeholder takes a function's one parameter.
    (
        "rust",
        "fn main() {\n    let name = \"Ada\";\n    println!(\"Hello, {name‸",
        Some("}\");"),
    ),
    ("rust", "fn main() {\n    println!(\"{:‸", None),
    (
        "python",
        "def greet(name):\n    print(f\"Hello, {‸",
        Some("name}\")"),
    ),
    (
        "typescript",
        "function greet(name: string): string {\n  return `Hello, ${‸",
        Some("name}`"),
    ),
    (
        "javascript",
        "function greet(a, b) {\n  return `Hello, ${‸",
        None,
    ),
    // A sum adds the loop's element; a swap puts the temporary back; an API sends JSON.
    (
        "go",
        "package main\n\nfunc main() {\n\tnums := []int{1, 2, 3}\n\tsum := 0\n\tfor _, n := range nums {\n\t\tsum ‸",
        Some("+= n"),
    ),
    (
        "python",
        "total = 0\nfor price in prices:\n    total ‸",
        Some("+= price"),
    ),
    (
        "c",
        "int main(void) {\n    int total = 0;\n    for (int i = 0; i < n; i++) {\n        total ‸",
        None,
    ),
    (
        "go",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tname := \"Ada\"\n\tfmt.Printf(\"Hello, %s\\n\", ‸",
        Some("name"),
    ),
    (
        "c",
        "void swap(int *a, int *b) {\n    int tmp = *a;\n    *a = *b;\n    ‸",
        Some("*b = tmp;"),
    ),
    (
        "go",
        "package main\n\nfunc set(new bool) (old bool) {\n\told = g.flag\n\tg.flag = new\n\t‸",
        None,
    ),
    (
        "go",
        "package main\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.Header().Set(\"Content-Type\", ‸",
        Some("\"application/json\")"),
    ),
    ("python", "import sys\nfor line in sys.‸", Some("stdin:")),
    (
        "python",
        "import sys\nif len(sys.argv) < 2:\n    print(\"usage: prog FILE\")\n    sys.‸",
        Some("exit(1)"),
    ),
    (
        "python",
        "import requests\nresponse = requests.get(url)\ndata = response.‸",
        Some("json()"),
    ),
    (
        "javascript",
        "app.get('/users/:id', (req, res) => {\n  const id = req.‸",
        Some("params.id"),
    ),
    (
        "javascript",
        "app.get('/users', (req, res) => {\n  const id = req.‸",
        None,
    ),
    (
        "javascript",
        "app.post('/users', (req, res) => {\n  const { name, email } = req.‸",
        Some("body"),
    ),
    (
        "javascript",
        "app.get('/', (req, res) => {\n  res.status(404).‸",
        Some("json()"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\twg.Add(1)\n\tgo func() {\n\t\tdefer ‸",
        Some("wg.Done()"),
    ),
    (
        "go",
        "package main\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tjson.NewEncoder(w).‸",
        Some("Encode()"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tctx := context.‸",
        Some("Background()"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tctx, cancel := context.‸",
        None,
    ),
    (
        "go",
        "package main\n\nimport \"os\"\n\nfunc main() {\n\tif len(os.Args) < 2 {\n\t\tfmt.Println(\"usage\")\n\t\tos.‸",
        Some("Exit(1)"),
    ),
    (
        "java",
        "Thread t = new Thread(() -> {\n    System.out.println(\"hi\");\n});\nt.‸",
        Some("start();"),
    ),
    ("java", "int[] arr = {3, 1, 2};\nArrays.‸", Some("sort()")),
    (
        "rust",
        "use std::thread;\n\nfn main() {\n    let handle = thread::spawn(|| {\n        println!(\"hi\");\n    });\n    handle.‸",
        Some("join().unwrap();"),
    ),
    (
        "cpp",
        "class Animal {\npublic:\n    virtual ~Animal() = ‸",
        Some("default;"),
    ),
    (
        "cpp",
        "class Shape {\npublic:\n    virtual double area() const = ‸",
        Some("0;"),
    ),
    (
        "c",
        "int main(void) {\n    FILE *fp = fopen(\"out.txt\", \"w\");\n    fprintf(‸",
        Some("fp, "),
    ),
    (
        "c",
        "typedef struct Node {\n    int value;\n    struct Node *next;\n} ‸",
        Some("Node;"),
    ),
    (
        "python",
        "import csv\nwith open(\"data.csv\") as f:\n    reader = csv.reader(f)\n    for row in ‸",
        Some("reader:"),
    ),
    ("python", "for row in ‸", None),
    (
        "python",
        "import random\nnums = [1, 2]\nrandom.‸",
        Some("shuffle()"),
    ),
    (
        "python",
        "import time\nfor i in range(3):\n    print(i)\n    time.‸",
        Some("sleep()"),
    ),
    (
        "python",
        "import sys\nif len(sys.argv) > 1:\n    name = sys.‸",
        Some("argv[1]"),
    ),
    (
        "javascript",
        "const sum = numbers.reduce((a, b) => a + b, ‸",
        Some("0);"),
    ),
    (
        "javascript",
        "const product = numbers.reduce((a, b) => a * b, ‸",
        None,
    ),
    (
        "javascript",
        "const response = await fetch('/api', {\n  method: ‸",
        Some("'POST',"),
    ),
    ("javascript", "const options = {\n  method: ‸", None),
    (
        "javascript",
        "const port = process.env.PORT || ‸",
        Some("3000"),
    ),
    (
        "javascript",
        "const response = await fetch('/api', {\n  method: 'POST',\n  headers: { 'Content-Type': ‸",
        Some("'application/json'"),
    ),
    (
        "rust",
        "fn main() {\n    let n: u32 = input.trim().‸",
        Some("parse()"),
    ),
    (
        "rust",
        "fn main() {\n    let s: String = input.trim().‸",
        None,
    ),
    (
        "rust",
        "use std::collections::HashMap;\nfn main() {\n    let mut m: HashMap<&str, i32> = HashMap::new();\n    if let Some(v) = m.‸",
        Some("get()"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tvar mu sync.Mutex\n\tmu.‸",
        Some("Lock()"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tresp, err := http.Get(url)\n\tif err != nil {\n\t\treturn\n\t}\n\tdefer resp.Body.Close()\n\tdata, err := io.ReadAll(‸",
        Some("resp.Body)"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tdata, err := io.ReadAll(‸",
        None,
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tif len(os.Args) > 1 {\n\t\tname := os.‸",
        Some("Args[1]"),
    ),
    (
        "java",
        "try (Scanner sc = new Scanner(System.in)) {\n    int n = sc.‸",
        Some("nextInt()"),
    ),
    (
        "c",
        "int main(void) {\n    int arr[] = {1, 2, 3};\n    int n = sizeof(arr) / ‸",
        Some("sizeof(arr[0]);"),
    ),
    (
        "c",
        "#include <stdio.h>\nint main(void) {\n    char name[50];\n    printf(\"Name: \");\n    scanf(\"%s\", ‸",
        Some("name);"),
    ),
    (
        "c",
        "#include <stdio.h>\nint main(void) {\n    char *name;\n    scanf(\"%s\", ‸",
        None,
    ),
    (
        "cpp",
        "int main() {\n    std::unique_ptr<Foo> p = std::make_unique<‸",
        Some("Foo>();"),
    ),
    // TypeScript's parameter properties are stored by the constructor's header itself.
    (
        "typescript",
        "class Point {\n  constructor(public x: number, public y: number) {\n    ‸",
        None,
    ),
    (
        "java",
        "public class Box<T> {\n    private T value;\n\n    public Box(T value) {\n        ‸",
        Some("this.value = value;"),
    ),
    // A name that holds parsed JSON (`pkgJson`) is not text.
    ("javascript", "const rootPkgJson = JSON.‸", Some("parse()")),
    // Eleventh round: everyday snippets of a new user, eight languages (tried by hand; None where several
    // answers are as likely).
    // Python: f-string precision, argparse, unittest, asyncio, sys.argv, splitting text.
    ("python", "import os\nfor name in os.listdir(‸", None),
    (
        "python",
        "words = text.split()\ncounts = {}\nfor word in words:\n    counts[word] = counts.get(‸",
        Some("word, 0) + 1"),
    ),
    ("python", "names = [\"b\", \"a\"]\nnames.so‸", Some("rt()")),
    (
        "python",
        "with open(\"out.txt\", \"w\") as f:\n    f.‸",
        Some("write()"),
    ),
    (
        "python",
        "class Dog:\n    def __init__(self, name):\n        self.name = name\n\n    def __str__(self):\n        return ‸",
        None,
    ),
    (
        "python",
        "import argparse\nparser = argparse.ArgumentParser()\nparser.add_argument(\"name\")\nargs = parser.‸",
        Some("parse_args()"),
    ),
    (
        "python",
        "import unittest\n\nclass TestMath(unittest.TestCase):\n    def test_add(self):\n        self.assert‸",
        Some("Equal()"),
    ),
    (
        "python",
        "def main():\n    print(\"hi\")\n\nif __name__ == \"__main__\":\n    ‸",
        Some("main()"),
    ),
    (
        "python",
        "def main():\n    print(\"hi\")\n\nif __name__ == ‸",
        Some("\"__main__\":"),
    ),
    (
        "python",
        "import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n\nasyncio.‸",
        Some("run(main())"),
    ),
    (
        "python",
        "line = input().strip()\nparts = line.‸",
        Some("split()"),
    ),
    (
        "python",
        "from pathlib import Path\ntext = Path(\"a.txt\").‸",
        Some("read_text()"),
    ),
    (
        "python",
        "d = {\"a\": 1}\nfor key, value in d.‸",
        Some("items():"),
    ),
    (
        "python",
        "name = \"Ada\"\nscore = 9.5\nprint(f\"{name}: {score:.2‸",
        Some("f}\")"),
    ),
    (
        "python",
        "import requests\nresponse = requests.get(url)\nresponse.raise_for‸",
        Some("_status()"),
    ),
    ("python", "people.sort(key=lambda p: p.‸", None),
    ("python", "nums = [3, 1, 2]\ntotal = sum(‸", Some("nums)")),
    (
        "python",
        "import json\ndata = {\"a\": 1}\nwith open(\"out.json\", \"w\") as f:\n    json.‸",
        Some("dump()"),
    ),
    (
        "python",
        "from flask import Flask, jsonify\napp = Flask(__name__)\n\n@app.route(\"/users\")\ndef users():\n    return ‸",
        None,
    ),
    ("python", "import sys\nn = int(sys.argv[‸", Some("1])")),
    ("python", "print(f\"{value:>10‸", Some("}\")")),
    (
        "python",
        "total = 3.14159\nprint(f\"Total: {total:.3‸",
        Some("f}\")"),
    ),
    (
        "python",
        "class TestMath(unittest.TestCase):\n    def test_add(self):\n        self.assertEqual(add(1, 2), 3)\n        self.assertT‸",
        Some("rue()"),
    ),
    (
        "python",
        "class Helper:\n    def check(self):\n        self.assert‸",
        None,
    ),
    (
        "python",
        "import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n\nasync def other():\n    asyncio.‸",
        None,
    ),
    ("python", "import sys\nprint(sys.argv[‸", Some("1])")),
    ("python", "words = sentence.split()\nfirst = words[‸", None),
    (
        "python",
        "class Counter:\n    def __init__(self):\n        self.count = 0\n\n    def reset(self):\n        self.‸",
        None,
    ),
    (
        "python",
        "import json\ntry:\n    data = json.loads(text)\nexcept ‸",
        Some("json.JSONDecodeError:"),
    ),
    // JavaScript: process.argv, readFileSync encodings, fetch responses, parity, a counter.
    (
        "javascript",
        "const fs = require('fs');\nconst data = fs.readFileSync('input.txt', ‸",
        Some("'utf8');"),
    ),
    (
        "javascript",
        "fetch('/api/users')\n  .then(res => res.‸",
        Some("json()"),
    ),
    (
        "javascript",
        "const res = await fetch(url);\nif (!res.‸",
        Some("ok) {"),
    ),
    (
        "javascript",
        "const express = require('express');\nconst app = express();\napp.use(express.‸",
        Some("json()"),
    ),
    (
        "javascript",
        "const nums = [3, 1, 2];\nnums.sort((a, b) => ‸",
        Some("a - b);"),
    ),
    (
        "javascript",
        "class Counter {\n  constructor() {\n    this.count = 0;\n  }\n\n  increment() {\n    this.‸",
        Some("count++;"),
    ),
    (
        "javascript",
        "const args = process.argv.‸",
        Some("slice(2)"),
    ),
    (
        "javascript",
        "try {\n  const data = JSON.parse(text);\n} catch (‸",
        Some("error) {"),
    ),
    (
        "javascript",
        "describe('sum', () => {\n  it('adds numbers', () => {\n    expect(sum(1, 2)).‸",
        Some("toBe(3)"),
    ),
    ("javascript", "const name = process.argv[‸", Some("2]")),
    (
        "javascript",
        "const evens = numbers.filter(n => n % 2 === ‸",
        Some("0)"),
    ),
    (
        "javascript",
        "async function main() {\n  const res = await fetch(url);\n  const data = await res.‸",
        Some("json()"),
    ),
    (
        "javascript",
        "const express = require('express');\nconst app = express();\nconst PORT = 3000;\n\napp.listen(‸",
        Some("PORT, () => {"),
    ),
    (
        "javascript",
        "document.getElementById('btn').addEventListener(‸",
        Some("'click', "),
    ),
    ("javascript", "const doubled = numbers.map(n => n * ‸", None),
    (
        "javascript",
        "const user = { name: 'Ada' };\nconsole.log(`Name: ${user.‸",
        Some("name"),
    ),
    ("javascript", "module.exports = ‸", None),
    (
        "javascript",
        "const data = fs.readFileSync(path, ‸",
        Some("'utf8')"),
    ),
    (
        "javascript",
        "const res = await fetch(url);\nif (res.‸",
        Some("ok) {"),
    ),
    ("javascript", "const ok = n % 2 === ‸", Some("0")),
    (
        "javascript",
        "const items = process.argv.slice(2);\nfor (const item of ‸",
        Some("items) {"),
    ),
    (
        "javascript",
        "const res = await fetch('/api/todos');\nconst todos = await res.‸",
        Some("json()"),
    ),
    // TypeScript: a stack or queue over an array, arithmetic return types.
    (
        "typescript",
        "interface User {\n  id: number;\n  name: string;\n}\n\nfunction greet(user: User): string {\n  return `Hello, ${user.‸",
        Some("name"),
    ),
    (
        "typescript",
        "function add(a: number, b: number): ‸",
        Some("number {"),
    ),
    (
        "typescript",
        "type Handler = (req: Request, res: Response) => ‸",
        None,
    ),
    (
        "typescript",
        "interface User {\n  id: number;\n}\n\nasync function getUser(id: number): Promise<‸",
        None,
    ),
    (
        "typescript",
        "class Stack<T> {\n  private items: T[] = [];\n\n  push(item: T): void {\n    this.items.‸",
        Some("push(item);"),
    ),
    (
        "typescript",
        "class Stack<T> {\n  private items: T[] = [];\n\n  pop(): T | undefined {\n    return this.items.‸",
        Some("pop();"),
    ),
    (
        "typescript",
        "const input = document.querySelector('#name') as ‸",
        Some("HTMLInputElement"),
    ),
    ("typescript", "let count: number = ‸", Some("0;")),
    (
        "typescript",
        "const users: User[] = [];\nusers.‸",
        Some("push()"),
    ),
    (
        "typescript",
        "const map = new Map<string, number>();\nmap.‸",
        None,
    ),
    ("typescript", "enum Color {\n  Red,\n  ‸", None),
    (
        "typescript",
        "export async function fetchUsers(): Promise<User[]> {\n  const res = await fetch('/api/users');\n  return res.‸",
        Some("json()"),
    ),
    (
        "typescript",
        "function isEven(n: number): boolean {\n  return n % 2 === ‸",
        Some("0"),
    ),
    (
        "typescript",
        "class Queue<T> {\n  private items: T[] = [];\n\n  enqueue(item: T): void {\n    this.items.‸",
        Some("push(item);"),
    ),
    ("typescript", "function greet(name: string): ‸", None),
    (
        "typescript",
        "function multiply(a: number, b: number): ‸",
        Some("number {"),
    ),
    // Rust: enumerate in a for pattern, write! in Display, a counter.
    (
        "rust",
        "use std::env;\n\nfn main() {\n    let args: Vec<String> = env::args().‸",
        Some("collect()"),
    ),
    (
        "rust",
        "#[derive(Debug)]\nstruct Point {\n    x: f64,\n    y: f64,\n}\n\nimpl Point {\n    fn new(x: f64, y: f64) -> Self {\n        ‸",
        Some("Self { x, y }"),
    ),
    (
        "rust",
        "fn main() {\n    let mut input = String::new();\n    std::io::stdin().‸",
        Some("read_line(&mut input)"),
    ),
    (
        "rust",
        "fn main() {\n    let items = vec![\"a\", \"b\"];\n    for (i, item) in items.iter().‸",
        Some("enumerate() {"),
    ),
    (
        "rust",
        "fn main() {\n    let nums = vec![1, 2, 3];\n    let total: i32 = nums.iter().‸",
        Some("sum()"),
    ),
    (
        "rust",
        "fn main() {\n    let result: Result<i32, String> = Ok(1);\n    match result {\n        Ok(value) => println!(\"{}\", value),\n        ‸",
        Some("Err(err) => "),
    ),
    (
        "rust",
        "use std::collections::HashMap;\nfn main() {\n    let mut scores = HashMap::new();\n    scores.‸",
        Some("insert()"),
    ),
    (
        "rust",
        "use std::fmt;\nstruct Point { x: i32, y: i32 }\nimpl fmt::Display for Point {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {\n        write!(‸",
        Some("f, "),
    ),
    (
        "rust",
        "fn read_config(path: &str) -> Result<String, std::io::Error> {\n    let text = std::fs::read_to_string(path)‸",
        Some("?;"),
    ),
    (
        "rust",
        "use std::fs;\n\nfn main() {\n    let contents = fs::read_to_string(\"input.txt\")‸",
        None,
    ),
    (
        "rust",
        "fn main() {\n    let mut v = vec![3, 1, 2];\n    v.sort();\n    println!(\"{:?}\", ‸",
        Some("v);"),
    ),
    (
        "rust",
        "fn main() {\n    let name = \"Ada\";\n    println!(\"Hello, {}!\", ‸",
        Some("name);"),
    ),
    (
        "rust",
        "struct Counter {\n    count: u32,\n}\n\nimpl Counter {\n    fn increment(&mut self) {\n        self.‸",
        Some("count += 1;"),
    ),
    (
        "rust",
        "fn main() {\n    let words = vec![\"a\", \"b\"];\n    let upper: Vec<String> = words.iter().map(|w| w.to_uppercase()).‸",
        Some("collect()"),
    ),
    (
        "rust",
        "#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn adds() {\n        assert_eq!(add(1, 2), ‸",
        Some("3);"),
    ),
    (
        "rust",
        "fn main() {\n    for (i, line) in text.lines().‸",
        Some("enumerate() {"),
    ),
    (
        "rust",
        "fn main() {\n    for (a, b) in pairs.iter().‸",
        None,
    ),
    (
        "rust",
        "fn main() {\n    let mut file = File::create(\"out.txt\")?;\n    write!(‸",
        None,
    ),
    (
        "rust",
        "fn main() -> std::io::Result<()> {\n    let text = std::fs::read_to_string(\"in.txt\")‸",
        Some("?;"),
    ),
    // Go: the server under log.Fatal, handlers' writer, scanners, sort by element type, ranging a map.
    (
        "go",
        "package main\n\nfunc main() {\n\tm := make(map[string]int)\n\tfor k, v := range ‸",
        Some("m {"),
    ),
    (
        "go",
        "package main\n\nimport \"fmt\"\n\ntype Person struct {\n\tName string\n\tAge  int\n}\n\nfunc (p Person) String() string {\n\treturn fmt.‸",
        Some("Sprintf()"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\thttp.HandleFunc(\"/\", handler)\n\tlog.Fatal(http.‸",
        Some("ListenAndServe(\":8080\", nil))"),
    ),
    (
        "go",
        "package main\n\nfunc TestAdd(t *testing.T) {\n\tgot := Add(1, 2)\n\tif got != 3 {\n\t\tt.‸",
        Some("Errorf()"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tf, err := os.Open(\"in.txt\")\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\tdefer f.Close()\n\tscanner := bufio.NewScanner(‸",
        Some("f)"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tch := make(chan int)\n\tgo func() {\n\t\tch <- 42\n\t}()\n\tv := <-‸",
        Some("ch"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tnums := []int{3, 1, 2}\n\tsort.‸",
        Some("Ints(nums)"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tdata, err := os.ReadFile(\"input.txt\")\n\tif err != nil {\n\t\t‸",
        Some("log.Fatal(err)"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tf, err := os.Open(\"in.txt\")\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\tdefer ‸",
        Some("f.Close()"),
    ),
    (
        "go",
        "package main\n\nfunc handler(w http.ResponseWriter, r *http.Request) {\n\tfmt.Fprintf(‸",
        Some("w, "),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tnames := []string{\"a\", \"b\"}\n\tfor _, name := range ‸",
        Some("names {"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tvar users []User\n\tusers = append(‸",
        Some("users, "),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tn, err := strconv.Atoi(‸",
        None,
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\ts := strings.ToUpper(‸",
        None,
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tfor i, v := range ‸",
        None,
    ),
    ("go", "package main\n\nfunc main() {\n\tfmt.Fprintf(‸", None),
    (
        "go",
        "package main\n\nfunc main() {\n\tnames := []string{\"b\", \"a\"}\n\tsort.‸",
        Some("Strings(names)"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tscanner := bufio.NewScanner(‸",
        Some("os.Stdin)"),
    ),
    // Java: exit after a usage, a counter's increment, everyday collections.
    (
        "java",
        "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        List<String> names = new ArrayList<>();\n        names.‸",
        Some("add()"),
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        List<String> names = new ArrayList<>();\n        for (String name : ‸",
        Some("names) {"),
    ),
    (
        "java",
        "BufferedReader reader = new BufferedReader(new FileReader(\"in.txt\"));\nString line;\nwhile ((line = reader.‸",
        Some("readLine()) != null) {"),
    ),
    (
        "java",
        "Map<String, Integer> counts = new HashMap<>();\nfor (String word : words) {\n    counts.put(word, counts.getOrDefault(‸",
        Some("word, 0) + 1);"),
    ),
    (
        "java",
        "public class Person {\n    private String name;\n\n    public String getName() {\n        return ‸",
        Some("name;"),
    ),
    (
        "java",
        "public class Person {\n    private String name;\n\n    @Override\n    public String toString() {\n        return ‸",
        None,
    ),
    (
        "java",
        "try {\n    int n = Integer.parseInt(s);\n} catch (‸",
        Some("NumberFormatException e) {"),
    ),
    (
        "java",
        "Scanner sc = new Scanner(System.in);\nString line = sc.‸",
        Some("nextLine()"),
    ),
    (
        "java",
        "public static void main(String[] args) {\n    if (args.length < 1) {\n        System.err.println(\"usage\");\n        System.‸",
        Some("exit(1);"),
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        List<Integer> nums = new ArrayList<>();\n        Collections.sort(‸",
        Some("nums"),
    ),
    (
        "java",
        "public class Counter {\n    private int count;\n\n    public void increment() {\n        ‸",
        Some("count++;"),
    ),
    (
        "java",
        "class CalculatorTest {\n    @Test\n    void addsNumbers() {\n        assertEquals(‸",
        None,
    ),
    (
        "java",
        "String name = \"Ada\";\nSystem.out.println(\"Hello, \" + ‸",
        Some("name"),
    ),
    (
        "java",
        "Map<String, Integer> ages = new HashMap<>();\nfor (Map.Entry<String, Integer> entry : ages.‸",
        Some("entrySet()) {"),
    ),
    (
        "java",
        "public static void main(String[] args) {\n    if (args.length < 1) {\n        System.out.println(\"usage\");\n        System.‸",
        Some("exit(1);"),
    ),
    (
        "java",
        "public class Counter {\n    private int count;\n\n    public int getCount() {\n        return ‸",
        Some("count;"),
    ),
    // C: fgets from the opened file, malloc's sizeof, usage on stderr, strcmp == 0.
    (
        "c",
        "#include <stdio.h>\nint main(void) {\n    FILE *fp = fopen(\"in.txt\", \"r\");\n    if (fp == ‸",
        Some("NULL) {"),
    ),
    (
        "c",
        "#include <stdio.h>\nint main(void) {\n    FILE *fp = fopen(\"in.txt\", \"r\");\n    char line[256];\n    while (fgets(line, sizeof(line), ‸",
        Some("fp)) {"),
    ),
    (
        "c",
        "#include <stdlib.h>\nint main(void) {\n    int n = 10;\n    int *arr = malloc(n * sizeof(‸",
        Some("int));"),
    ),
    (
        "c",
        "int main(void) {\n    int n = 10;\n    for (int i = 0; i < n; ‸",
        Some("i++) {"),
    ),
    ("c", "struct Point {\n    int x;\n    int y;\n}‸", Some(";")),
    (
        "c",
        "#include <stdio.h>\nint main(void) {\n    FILE *fp = fopen(\"in.txt\", \"r\");\n    fclose(‸",
        Some("fp"),
    ),
    (
        "c",
        "#include <stdio.h>\nint main(int argc, char *argv[]) {\n    if (argc < 2) {\n        fprintf(‸",
        Some("stderr, "),
    ),
    (
        "c",
        "#include <stdlib.h>\nint main(void) {\n    int *arr = malloc(10 * sizeof(int));\n    free(‸",
        Some("arr"),
    ),
    (
        "c",
        "#include <stdio.h>\nint main(void) {\n    printf(\"hi\\n\");\n    return ‸",
        Some("0;"),
    ),
    (
        "c",
        "#include <string.h>\nint main(void) {\n    char a[10], b[10];\n    if (strcmp(a, b) == ‸",
        Some("0"),
    ),
    (
        "c",
        "#include <stdio.h>\nint main(void) {\n    int x = 5;\n    printf(\"%d\\n\", ‸",
        Some("x"),
    ),
    (
        "c",
        "#include <stdio.h>\nint main(void) {\n    char line[256];\n    while (fgets(line, sizeof(line), ‸",
        Some("stdin)) {"),
    ),
    (
        "c",
        "int main(void) {\n    char **names = malloc(n * sizeof(‸",
        Some("char *));"),
    ),
    (
        "c",
        "#include <stdio.h>\nint main(void) {\n    FILE *out = fopen(\"out.txt\", \"w\");\n    fprintf(‸",
        Some("out, "),
    ),
    (
        "c",
        "#include <stdio.h>\nint main(void) {\n    if (strlen(s) == ‸",
        None,
    ),
    // C++: a lookup compared with end(), streams, ranges.
    (
        "cpp",
        "#include <iostream>\nint main() {\n    std::cout << \"Hello\" << std::‸",
        Some("endl"),
    ),
    (
        "cpp",
        "#include <vector>\n#include <algorithm>\nint main() {\n    std::vector<int> v = {3, 1, 2};\n    std::sort(v.‸",
        Some("begin(), v.end());"),
    ),
    (
        "cpp",
        "#include <vector>\nint main() {\n    std::vector<int> v = {3, 1, 2};\n    for (const auto& x : ‸",
        Some("v) {"),
    ),
    (
        "cpp",
        "#include <fstream>\n#include <string>\nint main() {\n    std::ifstream file(\"in.txt\");\n    std::string line;\n    while (std::getline(‸",
        Some("file, line)) {"),
    ),
    (
        "cpp",
        "#include <map>\nint main() {\n    std::map<std::string, int> counts;\n    for (const auto& [key, value] : ‸",
        Some("counts) {"),
    ),
    (
        "cpp",
        "#include <iostream>\n#include <string>\nint main() {\n    std::string name;\n    std::cin >> ‸",
        Some("name;"),
    ),
    (
        "cpp",
        "#include <algorithm>\nint main() {\n    std::vector<int> v;\n    auto it = std::find(v.begin(), v.end(), 3);\n    if (it != ‸",
        Some("v.end()) {"),
    ),
    (
        "cpp",
        "class Rectangle {\npublic:\n    Rectangle(double w, double h) : width(w), height(h) {}\n    double area() const {\n        return ‸",
        None,
    ),
    (
        "cpp",
        "#include <iostream>\nusing namespace std;\nint main() {\n    int n;\n    cin >> n;\n    cout << ‸",
        None,
    ),
    (
        "cpp",
        "#include <vector>\nint main() {\n    std::vector<int> v;\n    for (int i = 0; i < v.‸",
        Some("size()"),
    ),
    (
        "cpp",
        "#include <memory>\nint main() {\n    auto p = std::make_shared<‸",
        None,
    ),
    (
        "cpp",
        "#include <map>\nint main() {\n    std::map<std::string, int> ages;\n    auto it = ages.find(\"bob\");\n    if (it == ‸",
        Some("ages.end()) {"),
    ),
    (
        "cpp",
        "#include <map>\nint main() {\n    std::map<std::string, int> ages;\n    if (ages.count(\"bob\") == ‸",
        None,
    ),
    // Eleventh round, more: sorting by a field or a value, table-driven tests (ambiguous ones left alone).
    // Answered since the twelfth round: `add` of two literals expects their sum.
    (
        "python",
        "def test_add():\n    assert add(1, 2) == ‸",
        Some("3"),
    ),
    (
        "python",
        "people = [(\"Ada\", 36), (\"Bob\", 25)]\npeople.sort(key=lambda p: p[‸",
        None,
    ),
    (
        "python",
        "scores = {\"a\": 3, \"b\": 1}\nfor name in sorted(scores, key=scores.‸",
        Some("get):"),
    ),
    (
        "python",
        "import os\npath = os.path.join(os.path.dirname(__file__), ‸",
        None,
    ),
    (
        "python",
        "import re\nmatch = re.search(r\"\\d+\", text)\nif match:\n    print(match.‸",
        None,
    ),
    (
        "python",
        "scores = {}\nbest = max(scores, key=scores.‸",
        Some("get)"),
    ),
    (
        "javascript",
        "const results = await Promise.all(urls.map(url => fetch(url)))‸",
        None,
    ),
    (
        "javascript",
        "test('adds 1 + 2', () => {\n  expect(add(1, 2)).toBe(‸",
        Some("3)"),
    ),
    (
        "javascript",
        "const total = items.reduce((sum, item) => sum + item.‸",
        None,
    ),
    (
        "javascript",
        "const sorted = users.sort((a, b) => a.name.localeCompare(‸",
        Some("b.name))"),
    ),
    (
        "rust",
        "#[tokio::main]\nasync fn main() {\n    let body = reqwest::get(url).await?.‸",
        Some("text().await?"),
    ),
    (
        "rust",
        "fn main() {\n    let mut names = vec![\"b\", \"a\"];\n    names.sort_by(|a, b| ‸",
        Some("a.cmp(b));"),
    ),
    (
        "rust",
        "fn main() {\n    let s = format!(\"{}-{}\", a, ‸",
        None,
    ),
    (
        "go",
        "package main\n\nfunc TestAdd(t *testing.T) {\n\ttests := []struct {\n\t\ta, b, want int\n\t}{\n\t\t{1, 2, 3},\n\t}\n\tfor _, tt := range ‸",
        Some("tests {"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tmsg := fmt.Sprintf(\"%s is %d\", name, ‸",
        None,
    ),
    (
        "java",
        "List<Person> people = new ArrayList<>();\npeople.sort(Comparator.comparing(Person::‸",
        None,
    ),
    (
        "java",
        "String msg = String.format(\"%s is %d\", name, ‸",
        None,
    ),
    (
        "java",
        "import org.junit.jupiter.api.Test;\nclass CalcTest {\n    @Test\n    void adds() {\n        assertEquals(3, ‸",
        None,
    ),
    (
        "c",
        "#include <stdio.h>\nint main(void) {\n    int a, b;\n    scanf(\"%d %d\", ‸",
        Some("&a, &b);"),
    ),
    (
        "cpp",
        "#include <algorithm>\nint main() {\n    std::vector<Person> people;\n    std::sort(people.begin(), people.end(), [](const Person& a, const Person& b) {\n        return a.‸",
        None,
    ),
    (
        "cpp",
        "#include <string>\nint main() {\n    std::string s = \"hello\";\n    for (char c : ‸",
        Some("s) {"),
    ),
    // Eleventh round, last: classes wrapping a list, counting words, reading lines.
    (
        "python",
        "class Stack:\n    def __init__(self):\n        self.items = []\n\n    def pop(self):\n        return self.items.‸",
        Some("pop()"),
    ),
    (
        "javascript",
        "const counts = {};\nfor (const word of words) {\n  counts[word] = (counts[word] || ‸",
        Some("0) + 1;"),
    ),
    (
        "typescript",
        "interface Todo {\n  id: number;\n  title: string;\n  done: boolean;\n}\n\nconst todos: Todo[] = [];\nconst pending = todos.filter(t => !t.‸",
        None,
    ),
    (
        "typescript",
        "async function loadUsers(): Promise<void> {\n  try {\n    const res = await fetch('/api/users');\n  } catch (‸",
        Some("error) {"),
    ),
    (
        "typescript",
        "const app = express();\napp.get('/health', (req, res) => {\n  res.‸",
        Some("json()"),
    ),
    (
        "typescript",
        "function sum(nums: number[]): number {\n  return nums.reduce((a, b) => a + b, ‸",
        Some("0)"),
    ),
    (
        "typescript",
        "export class UserService {\n  private users: User[] = [];\n\n  add(user: User): void {\n    this.users.‸",
        Some("push(user);"),
    ),
    (
        "rust",
        "use std::io::{self, BufRead};\n\nfn main() {\n    let stdin = io::stdin();\n    for line in stdin.lock().‸",
        Some("lines() {"),
    ),
    (
        "rust",
        "struct Stack {\n    items: Vec<i32>,\n}\n\nimpl Stack {\n    fn push(&mut self, x: i32) {\n        self.items.‸",
        Some("push(x);"),
    ),
    (
        "rust",
        "struct Stack {\n    items: Vec<i32>,\n}\n\nimpl Stack {\n    fn pop(&mut self) -> Option<i32> {\n        self.items.‸",
        Some("pop()"),
    ),
    (
        "go",
        "package main\n\ntype Stack struct {\n\titems []int\n}\n\nfunc (s *Stack) Push(x int) {\n\ts.items = append(‸",
        Some("s.items, "),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tcounts := make(map[string]int)\n\tfor _, w := range words {\n\t\tcounts[‸",
        Some("w]++"),
    ),
    (
        "java",
        "import java.nio.file.*;\nList<String> lines = Files.‸",
        Some("readAllLines()"),
    ),
    (
        "java",
        "public class Dog extends Animal {\n    public Dog(String name) {\n        ‸",
        Some("super(name);"),
    ),
    (
        "java",
        "Map<String, List<String>> groups = new HashMap<>();\ngroups.computeIfAbsent(key, k -> new ‸",
        None,
    ),
    (
        "java",
        "for (int i = 0; i < names.size(); i++) {\n    System.out.println(names.‸",
        Some("get(i)"),
    ),
    (
        "c",
        "#include <stdio.h>\nint main(void) {\n    int nums[] = {1, 2, 3};\n    int sum = 0;\n    for (int i = 0; i < 3; i++) {\n        sum += ‸",
        Some("nums[i];"),
    ),
    (
        "c",
        "typedef struct {\n    char name[50];\n    int age;\n} Person;\n\nvoid print_person(const Person *p) {\n    printf(\"%s is %d\\n\", p->‸",
        None,
    ),
    (
        "cpp",
        "#include <iostream>\n#include <vector>\nint main() {\n    std::vector<std::string> names = {\"a\", \"b\"};\n    for (const auto& name : names) {\n        std::cout << ‸",
        None,
    ),
    (
        "cpp",
        "class Stack {\n    std::vector<int> items;\npublic:\n    void push(int x) {\n        items.‸",
        Some("push_back()"),
    ),
    (
        "cpp",
        "#include <unordered_map>\nint main() {\n    std::unordered_map<std::string, int> counts;\n    for (const auto& word : words) {\n        counts[‸",
        Some("word]++;"),
    ),
    // Twelfth round: a new user's everyday snippets on strings (reversing, palindromes, case), inheritance
    // (a subclass's constructor, `__str__`/`Display`), custom errors, HTTP clients, JSON, generics, random
    // numbers and guessing games, binary search, matrices and linked-list nodes; some in the middle of a file,
    // with tabs or 2-space indentation. None where several answers are as likely.
    // Twelfth round, last: a matrix row's size, a nullable field's empty value, a filtered count.
    (
        "java",
        "int[][] grid = new int[3][3];\nfor (int r = 0; r < grid.length; r++) {\n    for (int c = 0; c < grid[r].‸",
        Some("length"),
    ),
    (
        "cpp",
        "std::vector<std::vector<int>> grid;\nfor (size_t i = 0; i < grid.size(); i++) {\n    for (size_t j = 0; j < grid[i].‸",
        Some("size()"),
    ),
    ("typescript", "let current: User | null = ‸", Some("null;")),
    (
        "rust",
        "fn count_words(text: &str) -> usize {\n    text.split_whitespace().filter(|w| w.len() > 3).‸\n}",
        Some("count()"),
    ),
    (
        "rust",
        "fn evens(v: &[i32]) -> Vec<i32> {\n    v.iter().filter(|x| *x % 2 == 0).‸",
        None,
    ),
    // Twelfth round, more: the other of two in `max`/`min`, a whole range's end, the present moment, a
    // request's success.
    (
        "python",
        "def maximum(a, b):\n    if a > b:\n        return a\n    return ‸",
        Some("b"),
    ),
    (
        "java",
        "static int min(int a, int b) {\n    if (a < b) {\n        return a;\n    }\n    return ‸",
        Some("b;"),
    ),
    (
        "javascript",
        "function max(a, b) {\n  if (a > b) return a;\n  return ‸",
        Some("b;"),
    ),
    (
        "cpp",
        "int main() {\n    std::vector<int> v = {3, 1, 2};\n    std::sort(v.begin(), ‸\n    return 0;\n}",
        Some("v.end());"),
    ),
    (
        "python",
        "def clamp(x, lo, hi):\n    if x < lo:\n        return lo\n    return ‸",
        None,
    ),
    (
        "javascript",
        "function logTime() {\n  const today = new ‸\n  console.log(today);\n}",
        Some("Date()"),
    ),
    (
        "java",
        "import java.time.LocalDateTime;\n\npublic class Clock {\n\tpublic static void main(String[] args) {\n\t\tLocalDateTime now = LocalDateTime.‸\n\t}\n}",
        Some("now();"),
    ),
    (
        "python",
        "import requests\nr = requests.post(url, json=payload)\nif r.status_code == ‸\n    print(r.json())",
        Some("200:"),
    ),
    // A constructor written without a modifier (`Node(int data) {`) is not recognised as one: recognising it made
    // the JDK's package-private constructors offer `this.x = x` for the wrong parameter (seed 1: 2 cuts wrong).
    // Its `this.data = ` still takes the parameter of that very name (no other parameter can be offered).
    (
        "java",
        "class Node {\n    int data;\n    Node next;\n\n    Node(int data) {\n        this.data = ‸",
        Some("data;"),
    ),
    (
        "cpp",
        "class Node {\npublic:\n    int data;\n    Node* next;\n    Node(int d) {\n        data = d;\n        next = ‸",
        None,
    ),
    ("python", "def reverse(s):\n    return s[‸", Some("::-1]")),
    (
        "python",
        "def is_palindrome(s):\n    return s == s[‸",
        Some("::-1]"),
    ),
    (
        "python",
        "def count_vowels(text):\n    count = 0\n    for ch in text:\n        if ch in ‸",
        None,
    ),
    ("python", "name = input(\"Name: \")\nprint(name.‸", None),
    (
        "python",
        "class Animal:\n    def __init__(self, name):\n        self.name = name\n\nclass Dog(Animal):\n    def __init__(self, name, breed):\n        ‸",
        Some("super().__init__(name)"),
    ),
    (
        "python",
        "class Point:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n\n    def __str__(self):\n        return ‸",
        None,
    ),
    ("python", "class InsufficientFunds(‸", None),
    (
        "python",
        "try:\n    x = int(input())\nexcept ‸",
        Some("ValueError:"),
    ),
    (
        "python",
        "import requests\nresponse = requests.get(url)\nif response.status_code == ‸",
        Some("200:"),
    ),
    ("python", "squares = [x * x for x in ‸", None),
    (
        "python",
        "evens = [n for n in numbers if n % 2 == ‸",
        Some("0]"),
    ),
    (
        "python",
        "import random\nnumber = random.randint(1, ‸",
        None,
    ),
    (
        "python",
        "import random\nsecret = random.randint(1, 100)\nguess = int(input(\"Guess: \"))\nif guess < secret:\n    print(\"Too low\")\nelif guess > ‸",
        Some("secret:"),
    ),
    (
        "python",
        "for i in range(len(matrix)):\n    for j in range(len(matrix[‸",
        None,
    ),
    (
        "python",
        "def binary_search(arr, target):\n    low, high = 0, len(arr) - 1\n    while low <= high:\n        mid = (low + high) // ‸",
        Some("2"),
    ),
    (
        "python",
        "class Node:\n    def __init__(self, data):\n        self.data = data\n        self.next = ‸",
        Some("None"),
    ),
    ("python", "def greet(name):\n\tprint(\"Hello\", ‸", None),
    (
        "python",
        "import json\nwith open(\"data.json\") as f:\n    data = json.‸",
        Some("load(f)"),
    ),
    (
        "python",
        "def main():\n    name = input(\"Name: \")\n    print(name.upper())\n\n‸\n\nmain()",
        None,
    ),
    (
        "python",
        "class InsufficientFundsError(‸",
        Some("Exception):"),
    ),
    ("python", "def greet(name):\n    print(\"Hello\", ‸", None),
    (
        "python",
        "import requests\nresp = requests.get(url)\nif resp.status_code == ‸",
        Some("200:"),
    ),
    ("python", "lower = text.‸", Some("lower()")),
    (
        "python",
        "def is_palindrome(s):\n    return s == s[‸\n\nprint(is_palindrome(\"level\"))",
        Some("::-1]"),
    ),
    (
        "python",
        "class Animal:\n  def __init__(self, name):\n    self.name = name\n\nclass Cat(Animal):\n  def __init__(self, name, color):\n    ‸\n    self.color = color",
        Some("super().__init__(name)"),
    ),
    (
        "python",
        "class Shape:\n    def area(self):\n        return 0\n\nclass Square(Shape):\n    def __init__(self, side):\n        ‸",
        Some("self.side = side"),
    ),
    (
        "python",
        "class Node:\n\tdef __init__(self, value):\n\t\tself.value = value\n\t\tself.next = ‸",
        Some("None"),
    ),
    (
        "python",
        "import random\nsecret = random.randint(1, 10)\nwhile True:\n    guess = int(input())\n    if guess < secret:\n        print(\"higher\")\n    elif guess > ‸\n        print(\"lower\")\n    else:\n        break",
        Some("secret:"),
    ),
    (
        "python",
        "text = \"Hello\"\nupper = text.‸\nprint(upper)",
        Some("upper()"),
    ),
    (
        "python",
        "def binary_search(items, target):\n    left, right = 0, len(items) - 1\n    while left <= right:\n        mid = (left + right) // ‸\n        if items[mid] == target:\n            return mid",
        Some("2"),
    ),
    (
        "python",
        "class ValidationError(‸\n    pass",
        Some("Exception):"),
    ),
    (
        "python",
        "words = sentence.split()\nlongest = max(words, key=‸",
        None,
    ),
    (
        "javascript",
        "class Cart {\n  constructor() {\n    this.items = new Set();\n  }\n  add(item) {\n    this.items.‸",
        Some("add()"),
    ),
    (
        "javascript",
        "let total = 0;\nfor (let i = 0; i < prices.length; i++) {\n  total += ‸",
        Some("prices[i];"),
    ),
    (
        "javascript",
        "function reverse(str) {\n  return str.split('').reverse().‸",
        Some("join('')"),
    ),
    (
        "javascript",
        "const isPalindrome = (s) => s === s.split('').reverse().join(‸",
        Some("'')"),
    ),
    (
        "javascript",
        "class Animal {\n  constructor(name) {\n    this.name = name;\n  }\n}\n\nclass Dog extends Animal {\n  constructor(name, breed) {\n    ‸",
        Some("super(name);"),
    ),
    (
        "javascript",
        "class ValidationError extends Error {\n  constructor(message) {\n    ‸",
        Some("super(message)"),
    ),
    (
        "javascript",
        "fetch(url)\n  .then(res => res.‸",
        Some("json()"),
    ),
    (
        "javascript",
        "const guess = Math.floor(Math.random() * ‸",
        None,
    ),
    (
        "javascript",
        "try {\n  JSON.parse(text);\n} catch (‸",
        Some("error) {"),
    ),
    ("javascript", "const now = new ‸", Some("Date()")),
    (
        "javascript",
        "function binarySearch(arr, target) {\n  let lo = 0, hi = arr.length - 1;\n  while (lo <= hi) {\n    const mid = Math.floor((lo + hi) / ‸",
        Some("2);"),
    ),
    (
        "javascript",
        "class Node {\n  constructor(value) {\n    this.value = value;\n    this.next = ‸",
        Some("null;"),
    ),
    ("javascript", "const upper = name.‸", Some("toUpperCase()")),
    (
        "javascript",
        "for (let i = 0; i < matrix.length; i++) {\n  for (let j = 0; j < matrix[i].‸",
        Some("length"),
    ),
    (
        "javascript",
        "const vowels = str.match(/[aeiou]/gi);\nconsole.log(vowels ? vowels.‸",
        None,
    ),
    (
        "javascript",
        "if (guess < secret) {\n  console.log('Too low');\n} else if (guess > ‸",
        Some("secret) {"),
    ),
    (
        "javascript",
        "function reverseString(str) {\n  return str.split('').reverse().‸\n}\n\nconsole.log(reverseString('abc'));",
        Some("join('')"),
    ),
    (
        "javascript",
        "class Node {\n\tconstructor(value) {\n\t\tthis.value = value;\n\t\tthis.next = ‸\n\t}\n}",
        Some("null;"),
    ),
    (
        "javascript",
        "const numbers = [3, 1, 2];\nlet sum = 0;\nfor (let i = 0; i < numbers.length; i++) {\n  sum += ‸\n}\nconsole.log(sum);",
        Some("numbers[i];"),
    ),
    (
        "javascript",
        "const user = { name: 'Ada', age: 36 };\nconsole.log(`Age: ${user.‸`);",
        Some("age"),
    ),
    (
        "javascript",
        "let total = 0;\nfor (let i = 0; i < items.length; i++) {\n  total += items[i].price;\n}\nlet count = 0;\nfor (let i = 0; i < items.length; i++) {\n  count += ‸",
        Some("items[i];"),
    ),
    ("javascript", "const lower = email.‸", Some("toLowerCase()")),
    (
        "typescript",
        "interface Shape {\n  area(): number;\n}\n\nclass Square implements Shape {\n  constructor(private side: number) {}\n  area(): number {\n    return ‸",
        None,
    ),
    (
        "typescript",
        "function identity<T>(value: T): ‸",
        Some("T {"),
    ),
    (
        "typescript",
        "async function getUser(id: number): Promise<User> {\n  const res = await fetch(`/api/users/${id}`);\n  return res.‸",
        Some("json()"),
    ),
    (
        "typescript",
        "class HttpError extends Error {\n  constructor(public status: number, message: string) {\n    ‸",
        Some("super(message)"),
    ),
    (
        "typescript",
        "const reversed = text.split('').reverse().join(‸",
        Some("'')"),
    ),
    (
        "typescript",
        "function first<T>(items: T[]): T | undefined {\n  return items[‸",
        None,
    ),
    (
        "typescript",
        "class Animal {\n  constructor(public name: string) {}\n}\nclass Cat extends Animal {\n  constructor(name: string) {\n    ‸",
        Some("super(name)"),
    ),
    (
        "typescript",
        "function maxOf(a: number, b: number): number {\n  return a > b ? ‸\n}",
        Some("a : b"),
    ),
    (
        "typescript",
        "class LinkedNode<T> {\n  next: LinkedNode<T> | null = ‸",
        Some("null;"),
    ),
    (
        "typescript",
        "const mid = Math.floor((left + right) / ‸",
        Some("2)"),
    ),
    (
        "rust",
        "fn reverse(s: &str) -> String {\n    s.chars().rev().‸",
        Some("collect()"),
    ),
    (
        "rust",
        "fn is_palindrome(s: &str) -> bool {\n    let reversed: String = s.chars().rev().collect();\n    s == ‸",
        Some("reversed"),
    ),
    (
        "rust",
        "struct Point {\n    x: i32,\n    y: i32,\n}\n\nimpl fmt::Display for Point {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {\n        write!(f, \"({}, {})\", ‸",
        Some("self.x, self.y)"),
    ),
    (
        "rust",
        "#[derive(Debug)]\nenum AppError {\n    NotFound,\n    Invalid(String),\n}\n\nimpl fmt::Display for AppError {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {\n        match ‸",
        Some("self {"),
    ),
    (
        "rust",
        "use rand::Rng;\nfn main() {\n    let secret = rand::thread_rng().gen_range(1..=‸",
        None,
    ),
    (
        "rust",
        "fn main() {\n    let mut guess = String::new();\n    io::stdin().read_line(&mut guess).expect(\"Failed to read line\");\n    let guess: u32 = guess.trim().‸",
        Some("parse()"),
    ),
    (
        "rust",
        "use serde::{Deserialize, Serialize};\n\n#[derive(‸",
        Some("Debug, Serialize, Deserialize)]"),
    ),
    (
        "rust",
        "fn main() {\n    let user = User { name: \"Ada\".into() };\n    let json = serde_json::to_string(&user).‸",
        None,
    ),
    (
        "rust",
        "fn largest<T: PartialOrd>(list: &[T]) -> &T {\n    let mut largest = &list[0];\n    for item in list {\n        if item > largest {\n            largest = ‸",
        Some("item;"),
    ),
    (
        "rust",
        "struct Node {\n    value: i32,\n    next: Option<Box<‸",
        Some("Node>>,"),
    ),
    (
        "rust",
        "fn main() {\n    let squares: Vec<i32> = (1..=10).map(|x| x * x).‸",
        Some("collect()"),
    ),
    (
        "rust",
        "fn count_vowels(s: &str) -> usize {\n    s.chars().filter(|c| \"aeiou\".contains(*c)).‸",
        Some("count()"),
    ),
    (
        "rust",
        "fn main() {\n\tlet name = \"Ada\";\n\tprintln!(\"Hello, {}!\", ‸",
        Some("name);"),
    ),
    (
        "rust",
        "fn main() {\n    let lower = name.‸",
        Some("to_lowercase();"),
    ),
    (
        "rust",
        "fn reverse(s: &str) -> String {\n\ts.chars().rev().‸\n}",
        Some("collect()"),
    ),
    (
        "rust",
        "fn main() {\n    let upper = name.‸\n    println!(\"{}\", upper);\n}",
        Some("to_uppercase();"),
    ),
    (
        "rust",
        "#[test]\nfn multiplies() {\n    assert_eq!(multiply(3, 4), ‸\n}",
        Some("12);"),
    ),
    (
        "rust",
        "fn main() {\n    let mid = (low + high) / ‸",
        Some("2;"),
    ),
    (
        "go",
        "func reverse(s string) string {\n\trunes := []rune(‸",
        Some("s)"),
    ),
    (
        "go",
        "type Person struct {\n\tName string `json:\"name\"`\n\tAge  int    `json:\"age\"`\n}\n\nfunc main() {\n\tdata, err := json.Marshal(‸",
        None,
    ),
    (
        "go",
        "func main() {\n\tresp, err := http.Get(url)\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\tdefer resp.‸",
        Some("Body.Close()"),
    ),
    (
        "go",
        "func main() {\n\tresp, err := http.Get(url)\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\tdefer resp.Body.Close()\n\tbody, err := io.‸",
        Some("ReadAll(resp.Body)"),
    ),
    (
        "go",
        "type Shape interface {\n\tArea() float64\n}\n\ntype Rect struct {\n\tW, H float64\n}\n\nfunc (r Rect) Area() float64 {\n\treturn ‸",
        Some("r.W * r.H"),
    ),
    (
        "go",
        "func (p Person) String() string {\n\treturn fmt.‸",
        Some("Sprintf()"),
    ),
    ("go", "func main() {\n\tsecret := rand.Intn(‸", None),
    ("go", "func main() {\n\tnow := time.‸", Some("Now()")),
    (
        "go",
        "type Node struct {\n\tValue int\n\tNext  *‸",
        Some("Node"),
    ),
    (
        "go",
        "func binarySearch(arr []int, target int) int {\n\tlo, hi := 0, len(arr)-1\n\tfor lo <= hi {\n\t\tmid := (lo + hi) / ‸",
        Some("2"),
    ),
    ("go", "var ErrNotFound = errors.‸", Some("New()")),
    (
        "go",
        "func main() {\n\tupper := strings.‸",
        Some("ToUpper()"),
    ),
    (
        "go",
        "for i := 0; i < len(matrix); i++ {\n\tfor j := 0; j < len(matrix[‸",
        None,
    ),
    (
        "go",
        "func main() {\n\tif guess < secret {\n\t\tfmt.Println(\"Too low\")\n\t} else if guess > ‸",
        Some("secret {"),
    ),
    (
        "go",
        "func isPalindrome(s string) bool {\n\trunes := []rune(‸\n\tfor i, j := 0, len(runes)-1; i < j; i, j = i+1, j-1 {",
        Some("s)"),
    ),
    (
        "go",
        "type TreeNode struct {\n\tVal   int\n\tLeft  *‸\n\tRight *TreeNode\n}",
        Some("TreeNode"),
    ),
    (
        "go",
        "func main() {\n\tlower := strings.‸\n}",
        Some("ToLower()"),
    ),
    (
        "go",
        "func max(a, b int) int {\n\tif a > b {\n\t\treturn a\n\t}\n\treturn ‸",
        Some("b"),
    ),
    (
        "java",
        "String s = \"hello\";\nfor (int i = 0; i < s.length(); i++) {\n    char c = s.‸",
        Some("charAt(i)"),
    ),
    (
        "java",
        "public class Dog extends Animal {\n    public Dog(String name) {\n        super(name);\n    }\n\n    @Override\n    public String toString() {\n        return ‸",
        None,
    ),
    (
        "java",
        "public class InsufficientFundsException extends ‸",
        Some("Exception {"),
    ),
    (
        "java",
        "public class InsufficientFundsException extends Exception {\n    public InsufficientFundsException(String message) {\n        ‸",
        Some("super(message);"),
    ),
    (
        "java",
        "String reversed = new StringBuilder(s).reverse().‸",
        Some("toString();"),
    ),
    (
        "java",
        "Random random = new Random();\nint secret = random.nextInt(‸",
        None,
    ),
    (
        "java",
        "Scanner scanner = new Scanner(System.in);\nint guess = scanner.‸",
        Some("nextInt()"),
    ),
    (
        "java",
        "try {\n    int n = Integer.parseInt(text);\n} catch (‸",
        Some("NumberFormatException e) {"),
    ),
    (
        "java",
        "for (int i = 0; i < matrix.length; i++) {\n    for (int j = 0; j < matrix[i].‸",
        Some("length"),
    ),
    (
        "java",
        "public static <T> void printAll(List<T> items) {\n    for (T item : ‸",
        Some("items) {"),
    ),
    ("java", "LocalDate today = LocalDate.‸", Some("now();")),
    ("java", "int mid = (low + high) / ‸", Some("2;")),
    ("java", "String upper = name.‸", Some("toUpperCase();")),
    (
        "java",
        "public class Node {\n    int data;\n    Node next;\n\n    public Node(int data) {\n        this.data = ‸",
        Some("data;"),
    ),
    (
        "java",
        "public class Main {\n  public static void main(String[] args) {\n    String name = \"Ada\";\n    String upper = name.‸\n  }\n}",
        Some("toUpperCase();"),
    ),
    (
        "java",
        "int sum = 0;\nfor (int i = 0; i < arr.length; i++) {\n    sum += ‸\n}",
        Some("arr[i];"),
    ),
    (
        "java",
        "public static int max(int a, int b) {\n\treturn a > b ? ‸\n}",
        Some("a : b;"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        String s = \"racecar\";\n        String reversed = new StringBuilder(s).reverse().‸\n        System.out.println(reversed);",
        Some("toString();"),
    ),
    ("java", "class InvalidAgeException extends ‸ {\n}", None),
    (
        "c",
        "#include <string.h>\nvoid reverse(char *s) {\n    int n = strlen(‸",
        None,
    ),
    (
        "c",
        "int is_palindrome(const char *s) {\n    int i = 0, j = strlen(s) - 1;\n    while (i < j) {\n        if (s[i] != s[‸",
        Some("j]) {"),
    ),
    (
        "c",
        "#include <stdlib.h>\n#include <time.h>\nint main(void) {\n    srand(time(‸",
        Some("NULL));"),
    ),
    (
        "c",
        "int main(void) {\n    srand(time(NULL));\n    int secret = rand() % ‸",
        None,
    ),
    (
        "c",
        "struct Node {\n    int data;\n    struct Node *‸",
        Some("next;"),
    ),
    (
        "c",
        "int main(void) {\n    int matrix[3][3];\n    for (int i = 0; i < 3; i++) {\n        for (int j = 0; j < 3; j++) {\n            printf(\"%d \", matrix[‸",
        None,
    ),
    (
        "c",
        "int count_vowels(const char *s) {\n    int count = 0;\n    for (int i = 0; s[i] != '\\0'; i++) {\n        char c = tolower(s[‸",
        None,
    ),
    (
        "c",
        "int binary_search(int arr[], int n, int target) {\n    int low = 0, high = n - 1;\n    while (low <= high) {\n        int mid = low + (high - low) / ‸",
        Some("2;"),
    ),
    (
        "c",
        "int main(void) {\n\tchar name[50];\n\tprintf(\"Name: \");\n\tscanf(\"%s\", ‸",
        Some("name);"),
    ),
    (
        "c",
        "int main(void) {\n\tint values[5] = {1, 2, 3, 4, 5};\n\tint total = 0;\n\tfor (int i = 0; i < 5; i++) {\n\t\ttotal += ‸\n\t}\n\tprintf(\"%d\\n\", total);\n}",
        Some("values[i];"),
    ),
    (
        "c",
        "int main(void) {\n    int a[3] = {1, 2, 3};\n    int b[3] = {4, 5, 6};\n    int sum = 0;\n    for (int i = 0; i < 3; i++) {\n        sum += ‸",
        None,
    ),
    (
        "c",
        "int main(void) {\n  int x, y, z;\n  scanf(\"%d %d %d\", ‸",
        Some("&x, &y, &z);"),
    ),
    (
        "c",
        "int main(void) {\n    double w, h;\n    scanf(\"%lf %lf\", ‸",
        Some("&w, &h);"),
    ),
    (
        "c",
        "int main(void) {\n    int n;\n    char name[20];\n    scanf(\"%s %d\", ‸",
        None,
    ),
    (
        "c",
        "int max(int a, int b) {\n    return a > b ? ‸",
        Some("a : b;"),
    ),
    (
        "cpp",
        "int main() {\n    std::vector<int> v = {1, 2};\n    int sum = 0;\n    for (int i = 0; i < v.size(); i++) {\n        sum += ‸",
        Some("v[i];"),
    ),
    (
        "cpp",
        "#include <algorithm>\n#include <string>\nstd::string reverse(std::string s) {\n    std::reverse(s.begin(), ‸",
        Some("s.end());"),
    ),
    (
        "cpp",
        "class Shape {\npublic:\n    virtual double area() const = 0;\n};\n\nclass Circle : public Shape {\n    double r;\npublic:\n    Circle(double r) : ‸",
        None,
    ),
    (
        "cpp",
        "#include <stdexcept>\nint divide(int a, int b) {\n    if (b == 0) {\n        throw std::‸",
        None,
    ),
    (
        "cpp",
        "#include <random>\nint main() {\n    std::random_device rd;\n    std::mt19937 gen(‸",
        Some("rd());"),
    ),
    (
        "cpp",
        "template <typename T>\nT maxOf(T a, T b) {\n    return a > b ? ‸",
        Some("a : b;"),
    ),
    (
        "cpp",
        "int main() {\n    std::vector<int> v = {1, 2, 3};\n    for (auto it = v.begin(); it != v.‸",
        Some("end()"),
    ),
    (
        "cpp",
        "struct Node {\n    int data;\n    Node* next;\n    Node(int d) : data(d), next(‸",
        None,
    ),
    (
        "cpp",
        "int main() {\n    std::string s = \"hello\";\n    std::transform(s.begin(), s.end(), s.begin(), ::‸",
        None,
    ),
    (
        "cpp",
        "#include <random>\nint main() {\n  std::random_device rd;\n  std::mt19937 gen(‸\n  std::uniform_int_distribution<> dist(1, 6);\n}",
        Some("rd());"),
    ),
    (
        "cpp",
        "struct Node {\n    int data;\n    Node* ‸",
        Some("next;"),
    ),
    (
        "cpp",
        "int main() {\n    std::vector<int> v = {1, 2, 3};\n    int sum = 0;\n    for (size_t i = 0; i < v.size(); i++) {\n        sum += ‸",
        Some("v[i];"),
    ),
    // Fourteenth round (b): what a program asks of its surroundings (an environment variable named for its variable, the time elapsed since a start, the command line, standard input, files and logs) and the first unit tests of each framework; look-alikes left alone.
    ("python", "import os\n\napi_key = os.‸", Some("getenv()")),
    (
        "python",
        "import os\n\napi_key = os.getenv(‸",
        Some("\"API_KEY\")"),
    ),
    (
        "python",
        "import os\n\napi_key = os.getenv(‸)",
        Some("\"API_KEY\""),
    ),
    (
        "python",
        "import os\n\nDATABASE_URL = os.environ.get(‸",
        Some("\"DATABASE_URL\")"),
    ),
    (
        "python",
        "import os\n\napi_key = os.environ[‸",
        Some("\"API_KEY\"]"),
    ),
    ("python", "import os\n\nresult = os.getenv(‸", None),
    (
        "python",
        "import time\n\nstart = time.time()\nwork()\nelapsed = ‸",
        Some("time.time() - start"),
    ),
    (
        "python",
        "import time\n\ntotal = time.time()\nelapsed = ‸",
        None,
    ),
    (
        "python",
        "import time\n\nstart = time.time()\nwork()\nresult = ‸",
        None,
    ),
    ("javascript", "const port = process.env.‸", Some("PORT")),
    ("javascript", "const dbUrl = process.env.‸", Some("DB_URL")),
    ("javascript", "const result = process.env.‸", None),
    (
        "javascript",
        "const args = process.‸",
        Some("argv.slice(2)"),
    ),
    ("javascript", "const start = Date.‸", Some("now()")),
    ("javascript", "const end = Date.‸", None),
    (
        "javascript",
        "const start = performance.now();\nwork();\nconst elapsed = ‸",
        Some("performance.now() - start;"),
    ),
    (
        "javascript",
        "const start = Date.now()\nwork()\nconst ms = ‸",
        Some("Date.now() - start"),
    ),
    (
        "typescript",
        "const apiKey: string = process.env.‸",
        Some("API_KEY"),
    ),
    (
        "rust",
        "use std::time::Instant;\n\nfn main() {\n    let start = Instant::‸",
        Some("now()"),
    ),
    (
        "rust",
        "use std::time::Instant;\n\nfn main() {\n    let start = Instant::now();\n    work();\n    println!(\"took {:?}\", start.‸",
        Some("elapsed()"),
    ),
    (
        "rust",
        "use std::time::Instant;\n\nfn main() {\n    let start = Instant::now();\n    work();\n    let elapsed = ‸",
        Some("start.elapsed();"),
    ),
    ("rust", "fn main() {\n    let start = 0;\n    start.‸", None),
    (
        "rust",
        "use std::env;\n\nfn main() {\n    let database_url = env::var(‸",
        Some("\"DATABASE_URL\")"),
    ),
    (
        "go",
        "package main\n\nimport \"os\"\n\nfunc main() {\n\tport := os.‸",
        Some("Getenv()"),
    ),
    (
        "go",
        "package main\n\nimport \"os\"\n\nfunc main() {\n\tport := os.Getenv(‸",
        Some("\"PORT\")"),
    ),
    (
        "go",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tstart := time.Now()\n\twork()\n\tfmt.Println(time.‸",
        Some("Since(start))"),
    ),
    (
        "go",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tstart := time.Now()\n\twork()\n\telapsed := ‸",
        Some("time.Since(start)"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        long start = System.‸",
        Some("currentTimeMillis();"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        String home = System.‸",
        Some("getenv()"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        String home = System.getenv(‸",
        Some("\"HOME\");"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        long start = System.currentTimeMillis();\n        work();\n        long elapsed = ‸",
        Some("System.currentTimeMillis() - start;"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        String name = System.‸",
        None,
    ),
    (
        "c",
        "#include <stdlib.h>\n#include <time.h>\n\nint main(void) {\n    srand(‸",
        Some("time(NULL));"),
    ),
    (
        "c",
        "#include <stdlib.h>\n\nint main(void) {\n    srand(‸);",
        Some("time(NULL)"),
    ),
    (
        "c",
        "#include <stdlib.h>\n\nint main(void) {\n    char *home = getenv(‸",
        Some("\"HOME\");"),
    ),
    (
        "c",
        "#include <stdlib.h>\n\nint main(void) {\n    char *name = getenv(‸",
        None,
    ),
    (
        "python",
        "class Helper:\n    def test_value(self):\n        self.‸",
        None,
    ),
    (
        "python",
        "import unittest\n\nclass TestMath(unittest.TestCase):\n    def setUp(self):\n        self.‸",
        None,
    ),
    (
        "python",
        "import unittest\n\nclass TestMath(unittest.TestCase):\n    def test_add(self):\n        self.assertEqual(add(2, 3), ‸",
        None,
    ),
    (
        "python",
        "import unittest\n\nclass TestMath(unittest.TestCase):\n    def test_add(self):\n        self.assertEqual(add(2, 3), 5)\n\nif __name__ == \"__main__\":\n    unittest.‸",
        Some("main()"),
    ),
    (
        "python",
        "import pytest\n\ndef test_add():\n    assert add(2, 3) ‸",
        Some("== "),
    ),
    ("python", "def check():\n    assert is_valid(x) ‸", None),
    (
        "python",
        "def check():\n    assert add(2, 3) + add(1, 1) ‸",
        None,
    ),
    (
        "python",
        "import pytest\n\ndef test_divide_by_zero():\n    with pytest.raises(‸",
        Some("ZeroDivisionError):"),
    ),
    (
        "python",
        "import pytest\n\ndef test_add():\n    with pytest.raises(‸",
        None,
    ),
    ("python", "import pytest\n\n@pytest.‸", Some("fixture")),
    (
        "python",
        "import pytest\n\n@pytest.mark.‸",
        Some("parametrize()"),
    ),
    (
        "javascript",
        "const assert = require('assert');\n\nassert.‸",
        Some("strictEqual()"),
    ),
    ("javascript", "const assert = chai.assert;\nassert.‸", None),
    (
        "javascript",
        "test('adds 1 + 2 to equal 3', () => {\n  ‸",
        Some("expect()"),
    ),
    (
        "javascript",
        "describe('add', () => {\n  beforeEach(() => {\n    ‸",
        None,
    ),
    (
        "javascript",
        "describe('add', () => {\n  it('adds two numbers', () => {\n    expect(add(1, 2)).toBe(‸",
        Some("3)"),
    ),
    ("rust", "mod utils {\n    ‸", None),
    ("rust", "#[test]\n#[should_‸", Some("panic]")),
    (
        "go",
        "package main\n\nimport \"testing\"\n\nfunc TestAdd(t *testing.T) {\n\tgot := Add(2, 3)\n\twant := 5\n\tif got != ‸",
        Some("want {"),
    ),
    (
        "go",
        "package main\n\nimport \"testing\"\n\nfunc TestAdd(t *testing.T) {\n\tgot := Add(2, 3)\n\twant := 5\n\tif got != want {\n\t\tt.Errorf(‸",
        Some("\"got %v, want %v\", got, want)"),
    ),
    (
        "go",
        "package main\n\nimport \"testing\"\n\nfunc TestAdd(t *testing.T) {\n\tgot := Add(2, 3)\n\tif got != ‸",
        None,
    ),
    (
        "go",
        "package main\n\nfunc compare(got, want int) bool {\n\tif got != ‸",
        None,
    ),
    (
        "rust",
        "fn main() {\n    let mut input = String::new();\n    std::io::stdin().read_line(‸",
        Some("&mut input)"),
    ),
    (
        "rust",
        "use std::io;\n\nfn main() {\n    let mut guess = String::new();\n    io::stdin().read_line(‸)",
        Some("&mut guess"),
    ),
    (
        "rust",
        "fn main() {\n    std::io::stdin().read_line(‸",
        None,
    ),
    (
        "rust",
        "use std::fs;\n\nfn main() {\n    let contents = fs::‸",
        Some("read_to_string()"),
    ),
    (
        "rust",
        "use std::fs;\n\nfn main() {\n    let entries = fs::‸",
        None,
    ),
    (
        "go",
        "package main\n\nimport (\n\t\"log\"\n\t\"os\"\n)\n\nfunc main() {\n\tf, err := os.Open(\"a.txt\")\n\tif err != nil {\n\t\tlog.‸",
        Some("Fatal(err)"),
    ),
    (
        "go",
        "package main\n\nimport \"log\"\n\nfunc main() {\n\tlog.‸",
        None,
    ),
    (
        "python",
        "import logging\n\nlogger = logging.‸",
        Some("getLogger(__name__)"),
    ),
    (
        "python",
        "import logging\n\nlevel = logging.‸",
        Some("INFO"),
    ),
    (
        "python",
        "import logging\n\nlogging.basicConfig(level=logging.‸",
        Some("INFO)"),
    ),
    (
        "c",
        "#include <stdio.h>\n#include <stdlib.h>\n\nint main(int argc, char *argv[]) {\n    if (argc < 2) {\n        fprintf(stderr, \"usage: %s FILE\\n\", argv[0]);\n        ‸",
        Some("return 1;"),
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main(int argc, char *argv[]) {\n    if (argc < 2) {\n        printf(\"hello\\n\");\n        ‸",
        None,
    ),
    (
        "cpp",
        "#include <iostream>\n\nint main(int argc, char* argv[]) {\n    if (argc != 2) {\n        std::cerr << \"usage: \" << argv[0] << \" FILE\\n\";\n        ‸",
        Some("return 1;"),
    ),
    (
        "go",
        "package main\n\nimport \"os\"\n\nfunc main() {\n\tf, err := os.‸",
        Some("Open()"),
    ),
    (
        "go",
        "package main\n\nimport \"os\"\n\nfunc main() {\n\tdata, err := os.‸",
        Some("ReadFile()"),
    ),
    (
        "go",
        "package main\n\nimport \"os\"\n\nfunc main() {\n\tinfo, err := os.‸",
        None,
    ),
    // Nineteenth round (r19g): object-oriented Java and TypeScript as coursework and first jobs write it (classes
    // with private fields, accessors, `equals`/`hashCode`, interfaces, generics, singletons, builders, observers,
    // factories, streams, `Optional`, exceptions, parameter properties, discriminated unions), written blind.
    // New: the cast and the field comparisons of `equals` (`(Person) ` -> `o;`, `Objects.equals(name, person.` ->
    // `name);`, `x == other.x && ` -> `y == other.y;`), a singleton's `instance = new ` -> `Database();` and its
    // `return ` -> `instance;` (TypeScript's `Logger.instance`), `implements Comparable<` -> the class, `<T extends
    // Comp` -> `arable<T>>`, a registering method's `listeners.` -> `add(listener);` (`push(listener);`), a
    // fluent step's whole `return this;` (TypeScript's `: this` too), a TypeScript getter's `return this.` -> its
    // field, `} fin` -> `ally {`, `serialVersionUID = ` -> `1L;`, a flag toggled (`todo.done = !` -> `todo.done;`),
    // an entry's `getValue()` once the line read its key, a stream collected or counted as its declaration says
    // (`.coll` -> `ect(Collectors.toList());`, `long n = ....co` -> `unt();`), a chain broken over lines, no call
    // after `extends`. Then look-alikes with other names, auto-closed brackets, and cases left alone.
    (
        "java",
        "public class Person {\n    private String name;\n    private int age;\n\n    @Override\n    public boolean equals(Object o) {\n        if (this == o) return true;\n        if (o == null || getClass() != o.getClass()) return false;\n        Person person = (Person) ‸",
        Some("o;"),
    ),
    (
        "java",
        "class Item {\n    private int id;\n\n    public boolean equals(Object obj) {\n        if (!(obj instanceof Item)) return false;\n        Item that = (Item) ‸",
        Some("obj;"),
    ),
    // A cast outside `equals` is of anything.
    (
        "java",
        "class Item {\n    public void handle(Object event, Object source) {\n        Item that = (Item) ‸",
        None,
    ),
    (
        "java",
        "public class Person {\n    private String name;\n    private int age;\n\n    @Override\n    public boolean equals(Object o) {\n        if (this == o) return true;\n        Person person = (Person) o;\n        return age == person.age && Objects.equals(name, person.‸",
        Some("name);"),
    ),
    (
        "java",
        "public class Person {\n    private String name;\n    private int age;\n\n    @Override\n    public boolean equals(Object o) {\n        Person person = (Person) o;\n        return Objects.equals(name, person.name) && age == person.‸",
        Some("age;"),
    ),
    // With a field left to compare, no `;` yet.
    (
        "java",
        "public class Book {\n    private String title;\n    private int year;\n    private String author;\n\n    public boolean equals(Object o) {\n        Book b = (Book) o;\n        return year == b.‸",
        Some("year"),
    ),
    (
        "java",
        "public class Point {\n    private final int x;\n    private final int y;\n\n    @Override\n    public boolean equals(Object o) {\n        if (!(o instanceof Point)) return false;\n        Point other = (Point) o;\n        return x == other.x && ‸",
        Some("y == other.y;"),
    ),
    (
        "java",
        "public class Book {\n    private int year;\n    private String title;\n\n    public boolean equals(Object o) {\n        Book that = (Book) o;\n        return year == that.year && ‸",
        Some("Objects.equals(title, that.title);"),
    ),
    // Two fields left: either may come next.
    (
        "java",
        "public class Book {\n    private int year;\n    private String title;\n    private String author;\n\n    public boolean equals(Object o) {\n        Book that = (Book) o;\n        return year == that.year && ‸",
        None,
    ),
    (
        "java",
        "public class Database {\n    private static Database instance;\n\n    private Database() {}\n\n    public static Database getInstance() {\n        if (instance == null) {\n            instance = new ‸",
        Some("Database();"),
    ),
    (
        "java",
        "public class Database {\n    private static Database instance;\n\n    private Database() {}\n\n    public static Database getInstance() {\n        if (instance == null) {\n            instance = new Database();\n        }\n        return ‸",
        Some("instance;"),
    ),
    (
        "java",
        "public class Config {\n    private static Config config = null;\n\n    public static Config get() {\n        if (config == null) {\n            config = new Con‸",
        Some("fig();"),
    ),
    (
        "java",
        "public class Logger {\n    private static final Logger INSTANCE = new ‸",
        Some("Logger();"),
    ),
    // Another class's field is not the singleton's.
    (
        "java",
        "public class Registry {\n    private static Handler handler;\n\n    public static void init() {\n        handler = new ‸",
        None,
    ),
    (
        "java",
        "public class Person implements Comparable<‸",
        Some("Person>"),
    ),
    (
        "java",
        "public final class Version implements Comparable<‸",
        Some("Version>"),
    ),
    ("java", "public static <T extends Comp‸", Some("arable<T>>")),
    ("java", "static <E extends Compa‸", Some("rable<E>>")),
    ("java", "public class Box<T extends Num‸", None),
    (
        "java",
        "public class EventBus {\n    private final List<Listener> listeners = new ArrayList<>();\n\n    public void addListener(Listener listener) {\n        listeners.‸",
        Some("add(listener);"),
    ),
    (
        "java",
        "public class Library {\n    private List<Book> books = new ArrayList<>();\n\n    public void addBook(Book book) {\n        this.books.‸",
        Some("add(book);"),
    ),
    (
        "java",
        "public class Stack<T> {\n    private final List<T> items = new ArrayList<>();\n\n    public void push(T item) {\n        items.add(‸)",
        Some("item"),
    ),
    (
        "java",
        "public class Pizza {\n    public static class Builder {\n        private int size;\n\n        public Builder size(int size) {\n            this.size = size;\n            ‸",
        Some("return this;"),
    ),
    (
        "java",
        "class Query {\n    private String table;\n\n    Query from(String table) {\n        this.table = table;\n        ‸",
        Some("return this;"),
    ),
    // A setter returning nothing has no `return this;`.
    (
        "java",
        "class Query {\n    private String table;\n\n    void setTable(String table) {\n        this.table = table;\n        ‸",
        None,
    ),
    (
        "java",
        "try {\n    reader.read();\n} catch (IOException e) {\n    e.printStackTrace();\n} fin‸",
        Some("ally {"),
    ),
    (
        "java",
        "try {\n    lock.lock();\n    work();\n} fi‸",
        Some("nally {"),
    ),
    (
        "java",
        "public class AppException extends Exception {\n    private static final long serialVersionUID = ‸",
        Some("1L;"),
    ),
    (
        "java",
        "for (Map.Entry<String, Integer> entry : scores.entrySet()) {\n    System.out.println(entry.getKey() + \": \" + entry.get‸",
        Some("Value());"),
    ),
    (
        "java",
        "for (Map.Entry<String, Double> e : prices.entrySet()) {\n    String line = e.getKey() + \"=\" + e.getV‸",
        Some("alue();"),
    ),
    (
        "java",
        "long empty = lines.stream().filter(s -> s.isEmpty()).co‸",
        Some("unt();"),
    ),
    (
        "java",
        "List<String> upper = names.stream().map(String::toUpperCase).coll‸",
        Some("ect(Collectors.toList());"),
    ),
    (
        "java",
        "List<Integer> big = values.stream().filter(v -> v > 10).c‸",
        Some("ollect(Collectors.toList());"),
    ),
    (
        "java",
        "List<String> names = people.stream()\n        .map(Person::getName)\n        .collect(Collectors.‸",
        Some("toList());"),
    ),
    (
        "java",
        "Set<String> tags = posts.stream()\n        .flatMap(p -> p.getTags().stream())\n        .collect(Collectors.‸",
        Some("toSet());"),
    ),
    (
        "java",
        "public class Task {\n    private boolean done;\n\n    public void toggle() {\n        this.done = !‸",
        Some("this.done;"),
    ),
    (
        "typescript",
        "const todo = this.todos.find((t) => t.id === id);\nif (todo) {\n  todo.done = !‸",
        Some("todo.done;"),
    ),
    (
        "python",
        "def toggle(self):\n    self.visible = not ‸",
        Some("self.visible"),
    ),
    // A new name is the negation of something else.
    ("typescript", "const hidden = !‸", None),
    ("typescript", "class NotFoundError extends Er‸", Some("ror")),
    (
        "typescript",
        "class QueryBuilder {\n  private table = \"\";\n\n  from(table: string): this {\n    this.table = table;\n    return ‸",
        Some("this;"),
    ),
    (
        "typescript",
        "class QueryBuilder {\n  private conditions: string[] = [];\n\n  where(condition: string): QueryBuilder {\n    this.conditions.push(condition);\n    ‸",
        Some("return this;"),
    ),
    (
        "typescript",
        "class Counter {\n  private count = 0;\n\n  getCount(): number {\n    return this.‸",
        Some("count;"),
    ),
    (
        "typescript",
        "class Account {\n  constructor(private readonly owner: string, private balance: number) {}\n\n  getBalance(): number {\n    return this.ba‸",
        Some("lance"),
    ),
    // No field by the getter's name: another member may be read.
    (
        "typescript",
        "class Account {\n  private cents = 0;\n\n  getBalance(): number {\n    return this.‸",
        None,
    ),
    (
        "typescript",
        "class Logger {\n  private static instance: Logger;\n\n  private constructor() {}\n\n  static getInstance(): Logger {\n    if (!Logger.instance) {\n      Logger.instance = new ‸",
        Some("Logger();"),
    ),
    (
        "typescript",
        "class Logger {\n  private static instance: Logger;\n\n  static getInstance(): Logger {\n    if (!Logger.instance) {\n      Logger.instance = new Logger();\n    }\n    return Logger.‸",
        Some("instance;"),
    ),
    (
        "typescript",
        "export class Store {\n  private static shared: Store | null = null;\n\n  static get(): Store {\n    if (Store.shared === null) {\n      Store.shared = new St‸",
        Some("ore();"),
    ),
    (
        "typescript",
        "type Listener = (data: string) => void;\n\nclass EventEmitter {\n  private listeners: Listener[] = [];\n\n  subscribe(listener: Listener) {\n    this.listeners.‸",
        Some("push(listener);"),
    ),
    (
        "typescript",
        "class Cart {\n  private items: CartItem[] = [];\n\n  addItem(item: CartItem): void {\n    this.items.‸",
        Some("push(item);"),
    ),
    (
        "typescript",
        "export class UserService {\n  private users: User[] = [];\n\n  addUser(user: User): void {\n    this.users.push(‸)",
        Some("user"),
    ),
    (
        "typescript",
        "class Directory {\n  private entries: Entry[] = [];\n\n  addEntry(entry: Entry) {\n    this.entries.push(‸)",
        Some("entry"),
    ),
    // The parameter is not what the list holds.
    (
        "typescript",
        "class Inbox {\n  private messages: Message[] = [];\n\n  addSender(name: string) {\n    this.messages.‸",
        None,
    ),
    (
        "java",
        "public class Car {\n    private String make;\n    private int year;\n\n    public void setYear(int ‸",
        Some("year) {"),
    ),
    (
        "java",
        "class Car {\n    private String make;\n\n    void setMake(String m‸",
        Some("ake) {"),
    ),
    // A type the field does not have: the parameter may be converted.
    (
        "java",
        "class Car {\n    private int year;\n\n    public void setYear(String ‸",
        None,
    ),
    (
        "java",
        "Optional<String> name = findName();\nname.ifPresent(System.out::‸",
        Some("println);"),
    ),
    // A value handed to a field that does not hold it (`put(float x)` writing through a helper).
    (
        "java",
        "class Buffer {\n    private final Memory memory;\n\n    public void put(float x) {\n        memory.‸",
        None,
    ),
    // Eighteenth round (r18g): editing code rather than writing it top to bottom, in Python, JavaScript, TypeScript
    // and Java, written blind: the cursor mid-line with text after it, a name the lines below already use (a loop
    // variable or a parameter the block uses, `this.| = name;`, an import the body needs: `import |` above
    // `random.randint(`, `import { | } from "react"` above `useState(`, `import java.util.|;` above `Scanner`), a
    // counting loop's bound from its body's subscripts (`range(len(|))` above `nums[i]`, `i < |` above
    // `names.get(i)` -> `names.size()`), a `while` condition from its step (`node = node.next`, `sc.nextLine()` ->
    // `sc.hasNextLine()`, a `break` -> `True`), `elif` above an `else:`, `catch (` after a `try` block's `}`,
    // a name retyped before its call's `(` (`addEv|("click", f)` -> `entListener`, no second `()`), a catch's
    // exception with `) {` typed, a getter or setter named for its field, a function defined for its calls,
    // TypeScript's parameter properties as members, no keyword before `+= 1`, a statement's own `;` kept after the
    // cursor, a size member typed in a header whose step is there (`i < items.le|; i++) {`), the enum case that no
    // case above or below takes (`case Color.|` -> `Green:`), a header's own `) {` kept after the cursor
    // (`for (String w : |) {` -> `words`). Then look-alikes with other names, and cases left alone (two names used below, two modules, two
    // types, an `else` that is already there, a loop that walks nothing).
    (
        "python",
        "name = input(\"Name: \")\nprint(\"Hello, \" + ‸)",
        Some("name"),
    ),
    (
        "python",
        "while ‸:\n    cmd = input(\"> \")\n    if cmd == \"q\":\n        break",
        Some("True"),
    ),
    (
        "python",
        "n = int(input())\nif ‸:\n    print(\"even\")\nelse:\n    print(\"odd\")",
        None,
    ),
    ("python", "config = {‸, \"debug\": True}", None),
    (
        "python",
        "def calculate_total(items):\n    return sum(items)\n\ntotal = calc‸(prices)",
        Some("ulate_total"),
    ),
    (
        "python",
        "class Stack:\n    def __init__(self):\n        self.items = []\n\n    def peek(self):\n        return self.it‸\n\n    def push(self, item):\n        self.items.append(item)\n",
        Some("ems"),
    ),
    (
        "python",
        "def greet(name, greet‸):\n    print(greeting + \", \" + name)\n",
        Some("ing"),
    ),
    (
        "python",
        "if score >= 90:\n    grade = \"A\"\nelif score >= 80:\n    grade = \"B\"\nel‸\nelse:\n    grade = \"F\"",
        Some("if "),
    ),
    (
        "python",
        "try:\n    age = int(input(\"Age: \"))\nexc‸\nprint(age)",
        Some("ept "),
    ),
    (
        "python",
        "try:\n    with open(\"data.txt\") as f:\n        data = f.read()\nexcept ‸\nprint(data)",
        Some("FileNotFoundError:"),
    ),
    (
        "python",
        "total_price = 0\nfor item in cart:\n    total_price += item.price\nprint(tot‸)",
        Some("al_price"),
    ),
    (
        "python",
        "im‸\n\ndata = json.loads(text)\nprint(data[\"name\"])",
        Some("port json"),
    ),
    (
        "python",
        "from datetime import ‸\n\nnow = datetime.now()\nprint(now.year)",
        Some("datetime"),
    ),
    (
        "python",
        "import ‸\n\nroll = random.randint(1, 6)\nprint(roll)",
        Some("random"),
    ),
    (
        "python",
        "import ‸\n\npath = os.path.join(\"data\", \"a.txt\")",
        Some("os"),
    ),
    (
        "python",
        "import ‸\n\nx = math.sqrt(2)\ny = random.choice([1, 2])",
        None,
    ),
    (
        "python",
        "result = []\nfor word in words:\n    result.append(‸)\nprint(result)",
        Some("word"),
    ),
    (
        "python",
        "width = 3\nheight = 4\narea = rect_area(wid‸, height)",
        Some("th"),
    ),
    (
        "python",
        "for i in range(len(‸)):\n    print(nums[i])",
        Some("nums"),
    ),
    (
        "python",
        "for ‸ in names:\n    print(name.upper())",
        Some("name"),
    ),
    (
        "python",
        "with open(‸) as f:\n    lines = f.readlines()",
        None,
    ),
    (
        "python",
        "class Cart:\n    def __init__(self):\n        self.items = []\n\n    def add_item(self, ‸):\n        self.items.append(item)\n",
        Some("item"),
    ),
    (
        "python",
        "total = sum(nums)\nprint(‸)\nprint(\"done\")",
        Some("total"),
    ),
    (
        "python",
        "def area(w, h):\n    return w * h\n\nprint(area(3, ‸))",
        None,
    ),
    (
        "python",
        "def average(numbers):\n    if not numbers:\n        return 0\n    return sum(numbers) / len(‸)",
        Some("numbers"),
    ),
    (
        "python",
        "scores = {\"ann\": 3, \"bob\": 5}\nfor name, score in scores.it‸:\n    print(name, score)",
        Some("ems()"),
    ),
    (
        "python",
        "scores = {\"ann\": 3, \"bob\": 5}\nfor name, score in scores.it‸():\n    print(name, score)",
        Some("ems"),
    ),
    (
        "python",
        "def main():\n    name = ask_name()\n    greet(name)\n\ndef ask_na‸",
        Some("me():"),
    ),
    (
        "python",
        "count = 0\nfor ch in text:\n    if ch in \"aeiou\":\n        co‸ += 1\nprint(count)",
        Some("unt"),
    ),
    (
        "python",
        "def is_even(n):\n    return n % 2 == 0\n\nevens = [x for x in nums if is_ev‸(x)]",
        Some("en"),
    ),
    (
        "python",
        "items = [\"a\", \"b\"]\nfor i, item in enum‸(items):\n    print(i, item)",
        Some("erate"),
    ),
    (
        "python",
        "names = [\"b\", \"a\"]\nnames.so‸()\nprint(names)",
        Some("rt"),
    ),
    (
        "python",
        "def load(path):\n    with open(path) as f:\n        return json.load(f)\n\ndata = load(‸)",
        None,
    ),
    (
        "javascript",
        "const total = a + b;\nconsole.log(‸);",
        Some("total"),
    ),
    (
        "javascript",
        "let node = head;\nwhile (‸) {\n  console.log(node.value);\n  node = node.next;\n}",
        Some("node"),
    ),
    ("javascript", "const obj = { ‸, b: 2 };", None),
    (
        "javascript",
        "const result = calc‸(items);\n\nfunction calculateTotal(items) {\n  return items.reduce((s, x) => s + x, 0);\n}",
        Some("ulateTotal"),
    ),
    (
        "javascript",
        "class Counter {\n  constructor() {\n    this.count = 0;\n  }\n\n  reset() {\n    this.co‸\n  }\n\n  increment() {\n    this.count++;\n  }\n}",
        Some("unt"),
    ),
    (
        "javascript",
        "class Timer {\n  start() {\n    this.startedAt = Date.now();\n    this.run‸\n  }\n\n  constructor() {\n    this.running = false;\n  }\n}",
        Some("ning"),
    ),
    (
        "javascript",
        "function greet(name, gre‸) {\n  return `${greeting}, ${name}!`;\n}",
        Some("eting"),
    ),
    (
        "javascript",
        "function area(w, h) {\n  return w * h;\n}\nconsole.log(area(3, ‸));",
        None,
    ),
    (
        "javascript",
        "switch (action.type) {\n  case \"increment\":\n    return state + 1;\n  ca‸\n  default:\n    return state;\n}",
        Some("se "),
    ),
    (
        "javascript",
        "try {\n  const data = JSON.parse(text);\n  render(data);\n} ca‸",
        Some("tch ("),
    ),
    (
        "javascript",
        "try {\n  const data = JSON.parse(text);\n} catch (err) {\n  console.‸\n}",
        Some("error(err);"),
    ),
    (
        "javascript",
        "let count = 0;\nfor (const x of xs) {\n  co‸ += 1;\n}\nconsole.log(cnt);",
        Some("unt"),
    ),
    (
        "javascript",
        "import ‸ from \"express\";\n\nconst app = express();\napp.listen(3000);",
        Some("express"),
    ),
    (
        "javascript",
        "const fs = req‸\n\nconst text = fs.readFileSync(\"a.txt\", \"utf8\");",
        Some("uire("),
    ),
    (
        "javascript",
        "import { useSt‸ } from \"react\";\n\nfunction App() {\n  const [n, setN] = useState(0);\n}",
        Some("ate"),
    ),
    (
        "javascript",
        "import { ‸ } from \"react\";\n\nfunction App() {\n  const [n, setN] = useState(0);\n  return n;\n}",
        Some("useState"),
    ),
    (
        "javascript",
        "const { ‸ } = require(\"fs\");\n\nconst text = readFileSync(\"a.txt\", \"utf8\");",
        Some("readFileSync"),
    ),
    (
        "javascript",
        "const doubled = nums.map((‸) => x * 2);",
        Some("x"),
    ),
    (
        "javascript",
        "fetch(url).then((res) => res.js‸)",
        Some("on()"),
    ),
    (
        "javascript",
        "for (let i = 0; i < ‸; i++) {\n  console.log(items[i]);\n}",
        Some("items.length"),
    ),
    (
        "javascript",
        "function add(a, b) {\n  return ‸;\n}",
        Some("a + b"),
    ),
    (
        "javascript",
        "const btn = document.querySelector(\"#save\");\nbtn.addEv‸(\"click\", save);",
        Some("entListener"),
    ),
    (
        "javascript",
        "const list = document.getElementById(\"list\");\nconst li = document.createElement(\"li\");\nlist.appendChild(‸);",
        Some("li"),
    ),
    (
        "javascript",
        "function show(msg) {\n  console.log(msg);\n}\n\nsh‸(\"hi\");",
        Some("ow"),
    ),
    (
        "javascript",
        "const user = { name: \"Ann\", age: 3 };\nconsole.log(user.‸);",
        None,
    ),
    (
        "javascript",
        "const user = { name: \"Ann\", age: 3 };\nconsole.log(user.na‸);",
        Some("me"),
    ),
    (
        "javascript",
        "app.get(\"/\", (req, res) => {\n  res.se‸(\"ok\");\n});",
        Some("nd"),
    ),
    ("javascript", "setTimeout(() => {\n  ‸\n}, 1000);", None),
    (
        "javascript",
        "if (user) {\n  greet(user);\n} el‸",
        Some("se "),
    ),
    (
        "javascript",
        "async function load() {\n  const res = await fetch(url);\n  const data = await res.‸\n  return data;\n}",
        Some("json()"),
    ),
    (
        "javascript",
        "switch (key) {\n  case \"ArrowUp\":\n    y--;\n    break;\n  case \"ArrowDown\":\n    y++;\n    ‸\n  case \"ArrowLeft\":\n    x--;\n    break;\n}",
        Some("break;"),
    ),
    (
        "javascript",
        "const sum = (a, b) => a + b;\nconsole.log(su‸(1, 2));",
        Some("m"),
    ),
    (
        "typescript",
        "interface User {\n  name: string;\n  ‸\n  email: string;\n}",
        None,
    ),
    (
        "typescript",
        "function greet(user: User): st‸ {\n  return `Hi ${user.name}`;\n}",
        Some("ring"),
    ),
    (
        "typescript",
        "const users: User[] = [];\nusers.pu‸(newUser);",
        Some("sh"),
    ),
    (
        "typescript",
        "class Cache {\n  get(key: string) {\n    return this.st‸.get(key);\n  }\n\n  constructor(private store: Map<string, string>) {}\n}",
        Some("ore"),
    ),
    (
        "typescript",
        "class Api {\n  load() {\n    return this.ht‸\n  }\n  constructor(private readonly http: HttpClient) {}\n}",
        Some("tp"),
    ),
    (
        "typescript",
        "import { ‸ } from \"./utils\";\n\nconst d = formatDate(new Date());",
        Some("formatDate"),
    ),
    (
        "typescript",
        "import ‸ from \"axios\";\n\nasync function get(url: string) {\n  const res = await axios.get(url);\n  return res.data;\n}",
        Some("axios"),
    ),
    (
        "typescript",
        "async function load(): Promise<‸> {\n  return [];\n}",
        None,
    ),
    ("typescript", "const map = new Map<string, ‸>();", None),
    (
        "typescript",
        "class TodoList {\n  count() {\n    return this.ite‸\n  }\n  private items: string[] = [];\n}",
        Some("ms"),
    ),
    (
        "typescript",
        "function log(message: string, lev‸) {\n  console.log(`[${level}] ${message}`);\n}",
        Some("el"),
    ),
    (
        "typescript",
        "function log(message: string, level: string) {\n  console.log(`[${level}] ${message}`);\n}\n\nlog(\"started\", ‸);",
        None,
    ),
    (
        "typescript",
        "const names: string[] = [\"a\"];\nfor (const ‸ of names) {\n  console.log(name.toUpperCase());\n}",
        Some("name"),
    ),
    (
        "typescript",
        "const el = document.getElementById(\"out\") as HTMLDivElement;\nel.textCon‸ = \"done\";",
        Some("tent"),
    ),
    (
        "typescript",
        "const count: number = 0;\nconst label = `Count: ${‸}`;",
        Some("count"),
    ),
    (
        "typescript",
        "export class UserService {\n  private users: User[] = [];\n\n  add(user: User): void {\n    this.users.pu‸\n  }\n}",
        Some("sh(user);"),
    ),
    (
        "typescript",
        "switch (shape.kind) {\n  case \"circle\":\n    return Math.PI * shape.r ** 2;\n  case \"square\":\n    return shape.side ** 2;\n  defa‸\n}",
        Some("ult:"),
    ),
    (
        "typescript",
        "const total = items.reduce((sum, item) => sum + item.price, ‸);",
        Some("0"),
    ),
    (
        "typescript",
        "let retries = 0;\nwhile (retr‸ < 3) {\n  retries++;\n}",
        Some("ies"),
    ),
    (
        "typescript",
        "import { readFile } from \"fs/promises\";\n\nconst text = await readF‸(\"a.txt\", \"utf8\");",
        Some("ile"),
    ),
    (
        "java",
        "int sum = a + b;\nSystem.out.println(‸);",
        Some("sum"),
    ),
    (
        "java",
        "for (int i = 0; i < ‸; i++) {\n    System.out.println(names[i]);\n}",
        Some("names.length"),
    ),
    ("java", "if (‸) {\n    return null;\n}", None),
    (
        "java",
        "import java.util.‸;\n\npublic class Main {\n    public static void main(String[] args) {\n        Scanner sc = new Scanner(System.in);\n    }\n}",
        Some("Scanner"),
    ),
    (
        "java",
        "import java.util.Sc‸;\n\npublic class Main {\n    public static void main(String[] args) {\n        Scanner sc = new Scanner(System.in);\n    }\n}",
        Some("anner"),
    ),
    (
        "java",
        "imp‸\n\npublic class Main {\n    public static void main(String[] args) {\n        Scanner sc = new Scanner(System.in);\n    }\n}",
        Some("ort java.util.Scanner;"),
    ),
    (
        "java",
        "switch (day) {\n    case 1:\n        name = \"Monday\";\n        break;\n    case 2:\n        name = \"Tuesday\";\n        break;\n    ca‸\n    default:\n        name = \"Unknown\";\n}",
        Some("se "),
    ),
    (
        "java",
        "switch (day) {\n    case 1:\n        name = \"Monday\";\n        break;\n    case 2:\n        name = \"Tuesday\";\n        ‸\n    default:\n        name = \"Unknown\";\n}",
        Some("break;"),
    ),
    (
        "java",
        "try {\n    int n = Integer.parseInt(input);\n} catch (‸) {\n}",
        Some("NumberFormatException e"),
    ),
    (
        "java",
        "try {\n    reader.readLine();\n} catch (IOException e) {\n    e.‸\n}",
        Some("printStackTrace();"),
    ),
    (
        "java",
        "public class Account {\n    private double balance;\n\n    public void deposit(double amount) {\n        bal‸ += amount;\n    }\n}",
        Some("ance"),
    ),
    (
        "java",
        "public class Person {\n    private String name;\n\n    public Person(String name) {\n        this.‸ = name;\n    }\n}",
        Some("name"),
    ),
    (
        "java",
        "public class Person {\n    private String name;\n    private int age;\n\n    public Person(String name, int ‸) {\n        this.name = name;\n        this.age = age;\n    }\n}",
        Some("age"),
    ),
    (
        "java",
        "public class Person {\n    private String name;\n    private int age;\n\n    public String getName() {\n        return name;\n    }\n\n    public int getA‸\n}",
        Some("ge() {"),
    ),
    (
        "java",
        "Scanner sc = new Scanner(System.in);\nint n = sc.next‸();",
        Some("Int"),
    ),
    (
        "java",
        "Scanner sc = new Scanner(System.in);\nString s = sc.nextL‸",
        Some("ine()"),
    ),
    (
        "java",
        "Scanner sc = new Scanner(System.in);\nwhile (‸) {\n    String line = sc.nextLine();\n}",
        Some("sc.hasNextLine()"),
    ),
    (
        "java",
        "if (score >= 90) {\n    grade = 'A';\n} else if (score >= 80) {\n    grade = 'B';\n} else if (‸) {\n    grade = 'C';\n} else {\n    grade = 'F';\n}",
        Some("score"),
    ),
    (
        "java",
        "for (String ‸ : names) {\n    System.out.println(name);\n}",
        Some("name"),
    ),
    ("java", "List<String> names = new ArrayList<‸>();", None),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        int r = add(2, 3);\n    }\n\n    static int add(int a, int b) {\n        return ‸\n    }\n}",
        Some("a + b;"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        printGreeting(\"Ann\", ‸);\n    }\n}",
        None,
    ),
    (
        "java",
        "String text = \"hello\";\nint n = text.len‸();",
        Some("gth"),
    ),
    (
        "java",
        "String text = \"hello\";\nSystem.out.println(text.toUpp‸);",
        Some("erCase()"),
    ),
    (
        "java",
        "public class Counter {\n    private int count;\n\n    public void increment() {\n        cou‸\n    }\n}",
        Some("nt"),
    ),
    (
        "java",
        "public class Counter {\n    public int get() {\n        return cou‸\n    }\n\n    private int count = 0;\n}",
        Some("nt"),
    ),
    (
        "java",
        "int[] nums = {3, 1, 2};\nArrays.so‸(nums);",
        Some("rt"),
    ),
    (
        "java",
        "try {\n    Thread.sleep(1000);\n} catch (‸) {\n}",
        Some("InterruptedException e"),
    ),
    (
        "java",
        "if (age < 13) {\n    group = \"child\";\n} else if (age < 20) {\n    group = \"teen\";\n} el‸",
        Some("se "),
    ),
    (
        "java",
        "String input = sc.nextLine();\nif (input.equ‸(\"quit\")) {\n    break;\n}",
        Some("als"),
    ),
    (
        "java",
        "int total = 0;\nfor (int i = 0; i < nums.length; i++) {\n    total += ‸;\n}",
        Some("nums[i]"),
    ),
    (
        "java",
        "public class Box {\n    private int width;\n\n    public Box(int width) {\n        this.width = wid‸;\n    }\n}",
        Some("th"),
    ),
    (
        "python",
        "for ‸ in cities:\n    print(city.title())\n    count += 1",
        Some("city"),
    ),
    (
        "python",
        "for ‸ in rows:\n    total += row[2]\nprint(total)",
        Some("row"),
    ),
    ("python", "for c‸ in cities:\n    print(city)", Some("ity")),
    ("python", "for ‸ in cities:\n    print(city, country)", None),
    ("python", "for ‸ in range(10):\n    print(\"hi\")", None),
    (
        "python",
        "def area(width, ‸):\n    return width * height",
        Some("height"),
    ),
    ("python", "def area(‸):\n    return width * height", None),
    (
        "python",
        "def send(self, ‸):\n    self.outbox.append(message)\n    log(message)",
        Some("message"),
    ),
    ("python", "import ‸\n\nargs = sys.argv[1:]", Some("sys")),
    (
        "python",
        "import ‸\n\nimport os\nargs = sys.argv[1:]\nprint(os.getcwd())",
        Some("sys"),
    ),
    ("python", "imp‸\n\nnow = time.time()", Some("ort time")),
    (
        "python",
        "imp‸\n\nnow = time.time()\np = os.path",
        Some("ort "),
    ),
    ("python", "import ‸\n\nx = 1\nprint(x)", None),
    (
        "python",
        "from pathlib import ‸\n\np = Path(\"a.txt\")",
        Some("Path"),
    ),
    (
        "python",
        "from collections import ‸\n\ncounts = Counter(words)\nd = defaultdict(list)",
        None,
    ),
    (
        "python",
        "for i in range(len(‸)):\n    if scores[i] > best:\n        best = scores[i]",
        Some("scores"),
    ),
    (
        "python",
        "for j in range(len(‸)):\n    print(a[j], b[j])",
        None,
    ),
    (
        "python",
        "if x > 10:\n    size = \"big\"\neli‸\nelse:\n    size = \"small\"",
        Some("f "),
    ),
    (
        "python",
        "if x > 10:\n    size = \"big\"\nel‸\n    size = \"small\"",
        None,
    ),
    (
        "python",
        "while ‸:\n    print(current.value)\n    current = current.next",
        Some("current"),
    ),
    (
        "python",
        "class User:\n    def __init__(self, email):\n        self.‸ = email",
        Some("email"),
    ),
    (
        "javascript",
        "for (const ‸ of cities) {\n  console.log(city.name);\n}",
        Some("city"),
    ),
    (
        "javascript",
        "for (const ‸ of cities) {\n  console.log(city.name, index);\n}",
        None,
    ),
    (
        "javascript",
        "const names = users.map((‸) => u.name);",
        Some("u"),
    ),
    (
        "javascript",
        "const total = prices.reduce((sum, ‸) => sum + p, 0);",
        Some("p"),
    ),
    (
        "javascript",
        "function area(width, ‸) {\n  return width * height;\n}",
        Some("height"),
    ),
    (
        "javascript",
        "app.get(\"/users\", (req, ‸) => {\n  res.json(users);\n});",
        None,
    ),
    (
        "javascript",
        "import ‸ from \"lodash\";\n\nconst x = _.chunk(a, 2);",
        None,
    ),
    (
        "javascript",
        "import ‸ from \"react\";\n\nfunction App() {\n  return React.createElement(\"div\");\n}",
        Some("React"),
    ),
    (
        "javascript",
        "import { ‸ } from \"./math\";\n\nconsole.log(add(1, 2));\nconsole.log(mul(2, 3));",
        None,
    ),
    (
        "javascript",
        "import { add, ‸ } from \"./math\";\n\nconsole.log(add(1, 2));\nconsole.log(mul(2, 3));",
        Some("mul"),
    ),
    (
        "javascript",
        "const { ‸ } = require(\"path\");\n\nconst p = join(__dirname, \"a\");",
        Some("join"),
    ),
    (
        "javascript",
        "for (let i = 0; i < ‸; i++) {\n  total += prices[i];\n}",
        Some("prices.length"),
    ),
    (
        "javascript",
        "for (let k = 0; k < ‸; k++) {\n  console.log(a[k], b[k]);\n}",
        None,
    ),
    (
        "javascript",
        "for (let i = 0; i < ‸; i++) {\n  console.log(i);\n}",
        None,
    ),
    (
        "javascript",
        "while (‸) {\n  current = current.next;\n}",
        Some("current"),
    ),
    (
        "javascript",
        "class User {\n  constructor(email) {\n    this.‸ = email;\n  }\n}",
        Some("email"),
    ),
    ("javascript", "try {\n  save();\n} fi‸", Some("nally {")),
    (
        "javascript",
        "switch (x) {\n  case 1:\n    break;\n  ca‸\n}",
        Some("se "),
    ),
    ("javascript", "btn.addEventListener‸(\"click\", f);", None),
    ("javascript", "list.fil‸(x => x > 1);", None),
    (
        "typescript",
        "for (const ‸ of orders) {\n  total += order.amount;\n}",
        Some("order"),
    ),
    (
        "typescript",
        "function greet(name: string, ‸) {\n  return `${greeting}, ${name}`;\n}",
        Some("greeting"),
    ),
    (
        "typescript",
        "import ‸ from \"express\";\n\nconst app = express();",
        Some("express"),
    ),
    (
        "typescript",
        "class Repo {\n  find() {\n    return this.d‸\n  }\n  constructor(private readonly db: Db) {}\n}",
        Some("b"),
    ),
    (
        "typescript",
        "import { ‸ } from \"vue\";\n\nconst count = ref(0);",
        Some("ref"),
    ),
    (
        "java",
        "for (String ‸ : cities) {\n    System.out.println(city);\n}",
        Some("city"),
    ),
    (
        "java",
        "for (int ‸ : scores) {\n    sum += score;\n}",
        Some("score"),
    ),
    (
        "java",
        "public Point(int x, int ‸) {\n    this.x = x;\n    this.y = y;\n}",
        Some("y"),
    ),
    (
        "java",
        "public void setName(String ‸) {\n    this.name = name;\n}",
        Some("name"),
    ),
    (
        "java",
        "import java.util.‸;\n\nclass A {\n    List<String> a = new ArrayList<>();\n}",
        None,
    ),
    (
        "java",
        "import java.io.‸;\n\nclass A {\n    void f() throws IOException {}\n}",
        Some("IOException"),
    ),
    (
        "java",
        "imp‸\n\nclass A {\n    Random r = new Random();\n}",
        Some("ort java.util.Random;"),
    ),
    (
        "java",
        "imp‸\n\nclass A {\n    List<String> a = new ArrayList<>();\n}",
        None,
    ),
    (
        "java",
        "for (int i = 0; i < ‸; i++) {\n    sum += arr[i];\n}",
        Some("arr.length"),
    ),
    (
        "java",
        "for (int i = 0; i < ‸; i++) {\n    System.out.println(names.get(i));\n}",
        Some("names.size()"),
    ),
    (
        "java",
        "while (‸) {\n    int x = in.nextInt();\n}",
        Some("in.hasNextInt()"),
    ),
    (
        "java",
        "while (‸) {\n    String w = it.next();\n}",
        Some("it.hasNext()"),
    ),
    (
        "java",
        "try {\n    Thread.sleep(5);\n} catch (‸)",
        Some("InterruptedException e"),
    ),
    (
        "java",
        "try {\n    int a = Integer.parseInt(s);\n} catch (‸) {",
        Some("NumberFormatException e"),
    ),
    (
        "java",
        "try {\n    foo();\n} catch (‸) {\n}",
        Some("Exception e"),
    ),
    (
        "java",
        "public Person(String name) {\n    this.‸ = name;\n}",
        Some("name"),
    ),
    (
        "java",
        "public Person(String name) {\n    this.n‸ = name;\n}",
        Some("ame"),
    ),
    (
        "java",
        "public Person(String name) {\n    this.‸ = other;\n}",
        None,
    ),
    ("java", "try {\n    f();\n} ca‸", Some("tch (")),
    ("java", "list.ad‸(x);", Some("d")),
    (
        "javascript",
        "for (let i = 0; i < items.le‸; i++) {\n  console.log(items[i]);\n}",
        Some("ngth"),
    ),
    (
        "java",
        "for (int i = 0; i < list.si‸; i++) {\n    System.out.println(list.get(i));\n}",
        Some("ze()"),
    ),
    (
        "java",
        "int[] a = new int[5];\nfor (int i = 0; i < a.‸; i++) {\n}",
        Some("length"),
    ),
    (
        "java",
        "List<String> names = new ArrayList<>();\nfor (int i = 0; i < names.‸; i++) {\n}",
        Some("size()"),
    ),
    (
        "typescript",
        "for (let j = 0; j < rows.l‸; j++) {\n}",
        Some("ength"),
    ),
    (
        "javascript",
        "for (let i = 0; i < ‸.length; i++) {\n}",
        None,
    ),
    (
        "typescript",
        "enum Dir {\n  Up,\n  Down,\n  Left,\n}\nswitch (d) {\n  case Dir.Up:\n    break;\n  case Dir.‸\n  case Dir.Left:\n    break;\n}",
        Some("Down:"),
    ),
    (
        "typescript",
        "enum Dir { Up, Down, Left }\nswitch (d) {\n  case Dir.Up:\n    break;\n  case Dir.‸\n}",
        None,
    ),
    (
        "typescript",
        "enum Level { Low = 1, High = 2 }\nswitch (l) {\n  case Level.High:\n    return 2;\n  case Level.‸\n}",
        Some("Low:"),
    ),
    (
        "java",
        "Scanner in = new Scanner(System.in);\ndouble d = in.next‸();",
        Some("Double"),
    ),
    (
        "java",
        "Scanner in = new Scanner(System.in);\nString w = in.nextL‸();",
        Some("ine"),
    ),
    ("javascript", "let total = 0;\nto‸ += price;", Some("tal")),
    ("python", "count = 0\ncou‸ = count + 1", Some("nt")),
    (
        "javascript",
        "const sum = (a, b) => a + b;\ncon‸",
        Some("st "),
    ),
    (
        "python",
        "def run():\n    load_data()\n\ndef load_d‸",
        Some("ata():"),
    ),
    (
        "python",
        "def run():\n    show(name, age)\n\ndef sh‸",
        Some("ow(name, age):"),
    ),
    ("python", "def run():\n    self.helper()\n\ndef hel‸", None),
    (
        "python",
        "while ‸:\n    line = input()\n    if not line:\n        break\n    lines.append(line)",
        Some("True"),
    ),
    (
        "java",
        "while (‸) {\n    if (x > 10) {\n        break;\n    }\n    x++;\n}",
        Some("true"),
    ),
    (
        "java",
        "public class Car {\n    private String model;\n\n    public String getM‸\n}",
        Some("odel() {"),
    ),
    (
        "java",
        "public class Car {\n    private String model;\n\n    public int getM‸\n}",
        None,
    ),
    (
        "java",
        "public class Car {\n    private int speed;\n\n    public void setS‸\n}",
        Some("peed(int speed) {"),
    ),
    ("javascript", "try {\n  run();\n} c‸", Some("atch (")),
    ("javascript", "if (ok) {\n  run();\n} c‸", None),
    ("javascript", "total += ‸;", None),
    (
        "java",
        "int total = 0;\nfor (int i = 0; i < prices.length; i++) {\n    total += ‸;\n}",
        Some("prices[i]"),
    ),
    (
        "typescript",
        "enum Color { Red, Green, Blue }\nfunction hex(c: Color): string {\n  switch (c) {\n    case Color.Red:\n      return \"#f00\";\n    case Color.‸\n    case Color.Blue:\n      return \"#00f\";\n  }\n}",
        Some("Green:"),
    ),
    (
        "javascript",
        "const user = find(id);\nif (‸) {\n  return;\n}",
        None,
    ),
    (
        "java",
        "int n = sc.nextInt();\nif (‸) {\n    System.out.println(\"even\");\n}",
        None,
    ),
    ("javascript", "function add(‸) {\n}", None),
    ("java", "for (int i = 0; i < n; i‸) {\n}", Some("++")),
    ("javascript", "for (const item of ‸) {\n}", None),
    ("java", "for (String s : ‸) {\n}", None),
    (
        "java",
        "String[] words = line.split(\" \");\nfor (String w : ‸) {\n    count++;\n}",
        Some("words"),
    ),
    (
        "javascript",
        "const items = [1, 2];\nfor (const item of ‸) {\n  console.log(item);\n}",
        Some("items"),
    ),
    ("java", "switch (‸) {\n    case 1:\n        break;\n}", None),
    (
        "javascript",
        "if (x > 0) {\n  a();\n} else if (‸) {\n  b();\n}",
        None,
    ),
    (
        "java",
        "try {\n    Thread.sleep(100);\n} catch (‸) {",
        Some("InterruptedException e"),
    ),
    (
        "java",
        "public static void main(‸) {\n}",
        Some("String[] args"),
    ),
    (
        "typescript",
        "function greet(name: str‸) {\n  return name;\n}",
        Some("ing"),
    ),
    (
        "typescript",
        "try {\n  await save();\n} catch (err) {\n  if (err instanceof ‸) {\n    console.log(err.message);\n  }\n}",
        Some("Error"),
    ),
    (
        "java",
        "List<Integer> nums = new ArrayList<>();\nfor (int n : ‸) {\n    total += n;\n}",
        Some("nums"),
    ),
    ("typescript", "let total: num‸ = 0;", Some("ber")),
    ("typescript", "const count = 0;\nco‸ = 1;", Some("unt")),
    ("typescript", "let total: str‸ = \"\";", Some("ing")),
    // Nineteenth round (r19a): Python as people use it day to day (files, strings, collections, dates, `re`,
    // `argparse`, `subprocess`, `requests`, pandas, NumPy, matplotlib, classes, errors, logging), written blind.
    // The members of a `Counter`, a `deque`, a `defaultdict`, a CSV writer and a NumPy array from their
    // declarations; `time.`, `random.`, `math.`, `re.`, `shutil.`, `csv.`, `requests.` with their import out of
    // sight; the one keyword of `timedelta(`, `json.dumps(` and `subprocess.run(` the letters begin, never a
    // decorator inside a call (`timedelta(da` was `dataclass`); `ascending=` and a file's `index=` -> `False`; a
    // date format's next field (`"%Y-%m-` -> `%d")`); a handler's f-string shows the error it caught; a pattern's
    // character class (`r"\d`) is not closed. Left alone: a keyword a name of the code also begins, `json.dumps(`'s
    // first argument, an f-string outside a handler, a format's fields in other calls.
    (
        "python",
        "counter = Counter(words)\nprint(counter.most_‸",
        Some("common()"),
    ),
    (
        "python",
        "tally = collections.Counter(letters)\ntally.most‸",
        Some("_common()"),
    ),
    ("python", "q = deque()\nq.popl‸", Some("eft()")),
    (
        "python",
        "queue = deque([start])\nnode = queue.popl‸",
        Some("eft()"),
    ),
    (
        "python",
        "graph = defaultdict(list)\nfor k, v in graph.ite‸",
        Some("ms():"),
    ),
    (
        "python",
        "w = csv.DictWriter(f, fieldnames=cols)\nw.writeh‸",
        Some("eader()"),
    ),
    (
        "python",
        "arr = np.zeros((3, 3))\nprint(arr.sha‸",
        Some("pe"),
    ),
    ("python", "grid = np.array(rows)\ngrid.resh‸", Some("ape()")),
    ("python", "start = time.ti‸", Some("me()")),
    ("python", "time.sle‸", Some("ep()")),
    ("python", "random.shuf‸", Some("fle()")),
    ("python", "choice = random.cho‸", Some("ice()")),
    ("python", "n = math.flo‸", Some("or()")),
    ("python", "shutil.mo‸", Some("ve()")),
    ("python", "resp = requests.ge‸", Some("t()")),
    ("python", "time = 0\ntime.sle‸", None),
    ("python", "tomorrow = today + timedelta(da‸", Some("ys=")),
    (
        "python",
        "later = now + datetime.timedelta(hou‸)",
        Some("rs="),
    ),
    (
        "python",
        "deadline = start + timedelta(days=3, hou‸",
        Some("rs="),
    ),
    (
        "python",
        "data = {\"a\": 1}\ntext = json.dumps(data, inde‸",
        Some("nt="),
    ),
    ("python", "json.dump(report, f, sort‸", Some("_keys=True")),
    (
        "python",
        "subprocess.run([\"ls\", \"-l\"], capture_output=True, te‸",
        Some("xt=True"),
    ),
    ("python", "subprocess.run(cmd, chec‸)", Some("k=True")),
    ("python", "text = json.dumps(inde‸", None),
    (
        "python",
        "total = 5\nresult = subprocess.run(cmd, to‸",
        Some("tal"),
    ),
    ("python", "x = sorted(items, da‸", None),
    ("python", "df.to_csv(\"out.csv\", index=‸)", Some("False")),
    ("python", "sales.to_excel(path, index=‸", Some("False)")),
    (
        "python",
        "df.sort_values(by=\"age\", ascending=‸",
        Some("False)"),
    ),
    ("python", "df = df.sort_index(ascending=‸)", Some("False")),
    ("python", "df.set_index=‸", None),
    (
        "python",
        "dt = datetime.strptime(s, \"%Y-%m-‸",
        Some("%d\")"),
    ),
    (
        "python",
        "when = datetime.strptime(text, \"%d/%m/‸\")",
        Some("%Y"),
    ),
    ("python", "stamp = now.strftime(\"%H:%M:‸", Some("%S\")")),
    ("python", "label = now.strftime(\"%Y-‸", Some("%m-%d")),
    ("python", "print(\"%Y-%m-‸", Some("\")")),
    ("python", "nums = re.findall(r\"\\d‸", None),
    ("python", "m = re.match(r\"^\\w‸\", s)", None),
    ("python", "nums = re.findall(r\"\\d+‸", Some("\")")),
    (
        "python",
        "try:\n    run()\nexcept Exception as e:\n    print(f\"Error: {‸}\")",
        Some("e"),
    ),
    (
        "python",
        "try:\n    n = int(s)\nexcept ValueError as err:\n    logger.error(f\"bad number: {‸",
        Some("err}\")"),
    ),
    (
        "python",
        "try:\n    run()\nexcept Exception:\n    print(f\"Error: {‸}\")",
        None,
    ),
    ("python", "print(f\"Hello, {‸}\")", None),
    ("python", "dataclass\nresult = compute(da‸", None),
    ("python", "@da‸", Some("taclass")),
    // Eighteenth round (r18a): Python in real projects. A type where an annotation names one (`price: fl` ->
    // `oat`, never the call `oat(`; `tuple[int, i`, `Optional[Us` -> `er]:`, `isinstance(x, li` -> `st)`); the
    // data libraries by their usual aliases (`np.`, `pd.`, `plt.`) and the objects they hand out (a frame and its
    // results, a `Path`, a logger, a finished `subprocess.run`, a Flask or FastAPI app, an SQLAlchemy session and
    // query, an aiohttp response); the exports of `dataclasses`, `pydantic`, `sqlalchemy`, `flask`, `fastapi`
    // through an import list; the strings a route, a model or a setting names (`methods=["PO` -> `ST"])`,
    // `__tablename__ = "` -> the plural, `ForeignKey("users.` -> `id")`, `os.environ["API_` -> `KEY"]`), never
    // closed mid-name; `*args, **kwargs`, `__exit__`'s parameters, a parametrized test's names once begun; what a
    // loop walks is not its own variable (`for word in wo` -> `rds}`). Left alone: a call's argument that may go
    // on (`print(df.shape`), objects whose type nothing shows (`path.read_te` without a declaration), prose.
    ("python", "import pandas as ‸", Some("pd")),
    ("python", "import numpy as ‸", Some("np")),
    ("python", "import matplotlib.pyplot as ‸", Some("plt")),
    ("python", "from dataclasses import d‸", Some("ataclass")),
    ("python", "from typing import Opt‸", Some("ional")),
    ("python", "df = pd.read_c‸", Some("sv()")),
    ("python", "df = pd.read_csv(\"‸\")", None),
    (
        "python",
        "avg = df.groupby(\"city\")[\"price\"].me‸",
        Some("an()"),
    ),
    ("python", "df.head(‸)", None),
    ("python", "print(df.shape‸", None),
    (
        "python",
        "df[\"total\"] = df[\"price\"] * df[\"qty\"‸",
        Some("]"),
    ),
    (
        "python",
        "df = df.sort_values(by=\"price\", ascending=Fal‸)",
        Some("se"),
    ),
    ("python", "arr = np.array([1, 2, 3]‸", Some(")")),
    ("python", "grid = np.zer‸", Some("os()")),
    ("python", "x = np.linspace(0, 10, 100)\ny = np.s‸", None),
    ("python", "plt.xla‸", Some("bel()")),
    ("python", "plt.figure(figsize=(10, 6‸", Some("))")),
    ("python", "fig, ax = plt.subpl‸", Some("ots()")),
    ("python", "adults = df[df[\"age\"] > 30‸", Some("]")),
    ("python", "mean = np.mean(arr‸", None),
    (
        "python",
        "names = df.loc[df[\"age\"] > 30, \"name\"‸",
        Some("]"),
    ),
    ("python", "counts = df[\"city\"].value_c‸", Some("ounts()")),
    ("python", "df.info(‸)", None),
    (
        "python",
        "import argparse\nparser = argparse.Arg‸",
        Some("umentParser()"),
    ),
    (
        "python",
        "parser = argparse.ArgumentParser(description=\"Process files\")\nparser.add_‸",
        Some("argument()"),
    ),
    (
        "python",
        "parser.add_argument(\"--verbose\", action=\"store_‸\")",
        Some("true"),
    ),
    ("python", "args = parser.pars‸", None),
    ("python", "args = parser.parse_args(‸)", None),
    (
        "python",
        "parser.add_argument(\"--count\", type=in‸",
        Some("t"),
    ),
    (
        "python",
        "from pathlib import Path\npath = Path(__fi‸)",
        Some("le__"),
    ),
    (
        "python",
        "base = Path(__file__).resolve().par‸",
        Some("ent"),
    ),
    ("python", "text = path.read_te‸", None),
    ("python", "path.write_text(‸)", None),
    (
        "python",
        "import logging\nlogging.basicConfig(level=logging.IN‸)",
        Some("FO"),
    ),
    ("python", "logger = logging.getLogger(__na‸)", Some("me__")),
    ("python", "logger.info(f\"Processing {‸}\")", None),
    (
        "python",
        "logger = logging.getLogger(__name__)\nlogger.deb‸",
        Some("ug()"),
    ),
    (
        "python",
        "import subprocess\nresult = subprocess.ru‸",
        Some("n()"),
    ),
    (
        "python",
        "result = subprocess.run([\"ls\", \"-l\"], capture_output=True, text=Tr‸)",
        Some("ue"),
    ),
    ("python", "print(result.stdo‸", None),
    ("python", "import os\napi_key = os.environ.g‸", Some("et()")),
    ("python", "api_key = os.environ[\"API_‸", Some("KEY\"]")),
    (
        "python",
        "db_url = os.getenv(\"DATABASE_URL\", \"‸\")",
        None,
    ),
    ("python", "home = os.path.jo‸", Some("in()")),
    ("python", "if __name__ == \"__ma‸", Some("in__\":")),
    ("python", "if __name__ == \"__main__\":\n    ma‸", None),
    (
        "python",
        "def main():\n    args = parse_args()\n\n\nif __name__ == ‸",
        Some("\"__main__\":"),
    ),
    ("python", "os.makedirs(out_dir, exist_ok=‸)", Some("True")),
    ("python", "sys.exit(‸", None),
    (
        "python",
        "with open(path, \"r\", encoding=\"ut‸\")",
        Some("f-8"),
    ),
    (
        "python",
        "with open(path, encoding=\"utf-8\") as f:\n    data = json.lo‸",
        Some("ad(f)"),
    ),
    ("python", "@datacl‸", Some("ass")),
    (
        "python",
        "@dataclass\nclass User:\n    name: str\n    age: i‸",
        Some("nt"),
    ),
    (
        "python",
        "@dataclass\nclass Post:\n    title: str\n    tags: list[str] = field(default_factory=li‸)",
        Some("st"),
    ),
    (
        "python",
        "class User:\n    pass\n\n\ndef find_user(user_id: int) -> Optional[Us‸",
        Some("er]:"),
    ),
    (
        "python",
        "from typing import List, Dict, Opt‸",
        Some("ional"),
    ),
    ("python", "def greet(name: str) -> s‸", Some("tr:")),
    (
        "python",
        "def process(items: List[int]) -> Non‸",
        Some("e:"),
    ),
    ("python", "@dataclass(frozen=Tr‸)", Some("ue")),
    (
        "python",
        "class User:\n    def __init__(self, name, age):\n        self.name = name\n        self.‸",
        Some("age = age"),
    ),
    (
        "python",
        "class Server:\n    def __init__(self, host: str, port: int) -> None:\n        self.host = host\n        self.po‸",
        Some("rt = port"),
    ),
    ("python", "from __future__ import ann‸", Some("otations")),
    ("python", "def parse(value: str | No‸", Some("ne")),
    ("python", "scores: dict[str, int] = {‸}", None),
    ("python", "import pytest\n\n\n@pytest.fix‸", Some("ture")),
    (
        "python",
        "@pytest.mark.parametrize(\"a, b, expected\", [‸])",
        None,
    ),
    (
        "python",
        "def test_users(client):\n    response = client.get(\"/users\")\n    assert response.status_code == ‸",
        Some("200"),
    ),
    (
        "python",
        "def test_invalid():\n    with pytest.rai‸",
        Some("ses()"),
    ),
    (
        "python",
        "def test_empty_list():\n    assert len(result) == ‸",
        None,
    ),
    (
        "python",
        "@pytest.mark.parametrize(\"x, expected\", [(1, 2), (2, 4)])\ndef test_double(x, expe‸",
        Some("cted):"),
    ),
    (
        "python",
        "def test_health(client):\n    response = client.get(\"/health\")\n    assert response.json() == {\"status\": \"ok\"‸",
        Some("}"),
    ),
    (
        "python",
        "def test_parse():\n    result = parse(\"a,b\")\n    assert isinstance(result, li‸",
        Some("st)"),
    ),
    (
        "python",
        "def test_missing():\n    result = find(\"x\")\n    assert result is No‸",
        Some("ne"),
    ),
    ("python", "def test_mean(‸)", None),
    (
        "python",
        "from flask import Flask, request, jsonify\napp = Flask(__na‸)",
        Some("me__"),
    ),
    (
        "python",
        "@app.route(\"/users\", methods=[\"GET\", \"PO‸",
        Some("ST\"])"),
    ),
    (
        "python",
        "@app.route(\"/\")\ndef index():\n    return render_template(\"index.ht‸\")",
        Some("ml"),
    ),
    (
        "python",
        "@app.route(\"/api\")\ndef api():\n    return jsonify(‸)",
        None,
    ),
    (
        "python",
        "if __name__ == \"__main__\":\n    app.run(debug=Tr‸)",
        Some("ue"),
    ),
    (
        "python",
        "@app.route(\"/login\", methods=[\"POST\"])\ndef login():\n    name = request.form[\"‸\"]",
        None,
    ),
    ("python", "app = FastAPI()\n\n\n@app.po‸", Some("st()")),
    ("python", "from pydantic import BaseM‸", Some("odel")),
    (
        "python",
        "class Item(BaseModel):\n    name: str\n    price: fl‸",
        Some("oat"),
    ),
    (
        "python",
        "@app.get(\"/items/{item_id}\")\nasync def read_item(item_id: int):\n    if item_id not in items:\n        raise HTTPException(status_code=404, detail=\"Item not fo‸\")",
        None,
    ),
    (
        "python",
        "from sqlalchemy import Column, Integer, Str‸",
        Some("ing"),
    ),
    (
        "python",
        "class User(Base):\n    __tablename__ = \"us‸",
        Some("ers\""),
    ),
    (
        "python",
        "class User(Base):\n    __tablename__ = \"users\"\n    id = Column(Integer, primary_key=Tr‸)",
        Some("ue"),
    ),
    (
        "python",
        "class Post(Base):\n    __tablename__ = \"posts\"\n    user_id = Column(Integer, ForeignKey(\"users.‸\"))",
        Some("id"),
    ),
    ("python", "session.add(user)\nsession.com‸", Some("mit()")),
    (
        "python",
        "users = session.query(User).filter(User.age > 18).a‸",
        Some("ll()"),
    ),
    (
        "python",
        "user = session.query(User).filter_by(email=email).fir‸",
        Some("st()"),
    ),
    ("python", "Base = declarative_b‸", None),
    (
        "python",
        "engine = create_engine(\"sqlite:///app.db‸\")",
        None,
    ),
    (
        "python",
        "import asyncio\n\n\nasync def main():\n    await asyncio.sle‸",
        Some("ep()"),
    ),
    (
        "python",
        "async def main():\n    results = await asyncio.gath‸",
        Some("er()"),
    ),
    (
        "python",
        "async def fetch(session, url):\n    async with session.get(url) as resp‸",
        None,
    ),
    (
        "python",
        "async def fetch(session, url):\n    async with session.get(url) as response:\n        data = await response.js‸",
        Some("on()"),
    ),
    (
        "python",
        "async def main(urls):\n    async with aiohttp.ClientSession() as session:\n        tasks = [fetch(session, url) for url in ur‸",
        Some("ls]"),
    ),
    (
        "python",
        "async def fetch(session, url):\n    async with session.get(url) as response:\n        return await response.te‸",
        Some("xt()"),
    ),
    ("python", "loop = asyncio.get_event_l‸", Some("oop()")),
    ("python", "from contextlib import contextm‸", Some("anager")),
    ("python", "from functools import wr‸", Some("aps")),
    (
        "python",
        "def decorator(func):\n    @wraps(fu‸)",
        Some("nc"),
    ),
    (
        "python",
        "def decorator(func):\n    @wraps(func)\n    def wrapper(*args, **kwa‸",
        Some("rgs):"),
    ),
    (
        "python",
        "def decorator(func):\n    @wraps(func)\n    def wrapper(*args, **kwargs):\n        return func(*args, **kwargs‸",
        Some(")"),
    ),
    (
        "python",
        "class Timer:\n    def __enter__(self):\n        return se‸",
        Some("lf"),
    ),
    (
        "python",
        "class Timer:\n    def __exit__(self, exc_type, exc_val, exc_‸",
        Some("tb):"),
    ),
    (
        "python",
        "def timer(func):\n    def wrapper(*args, **kwargs):\n        result = func(*args, **kwargs)\n        return result\n    return wr‸",
        Some("apper"),
    ),
    ("python", "@functools.lru_c‸", Some("ache")),
    ("python", "print(f\"Total: {total:.2‸", Some("f}\")")),
    ("python", "print(f\"{name} is {age} years ol‸\")", None),
    ("python", "msg = \"Hello, {}\".form‸", Some("at()")),
    ("python", "squares = {x: x**2 for x in ran‸", Some("ge(")),
    (
        "python",
        "words = text.split()\ncounts = {word: len(word) for word in wo‸",
        Some("rds}"),
    ),
    // Answered since r19f: two variables over a mapping in a comprehension walk its items.
    (
        "python",
        "inverted = {v: k for k, v in d.ite‸",
        Some("ms()}"),
    ),
    ("python", "for key, value in config.it‸", Some("ems():")),
    (
        "python",
        "filtered = {k: v for k, v in scores.items() if ‸}",
        None,
    ),
    (
        "python",
        "users = load_users()\nnames = [user.name for user in us‸",
        Some("ers]"),
    ),
    (
        "python",
        "totals = {name: sum(vals) for name, vals in data.items(‸",
        Some(")}"),
    ),
    (
        "python",
        "sorted_items = sorted(counts.items(), key=lambda x: x[1], reverse=Tr‸)",
        Some("ue"),
    ),
    (
        "python",
        "items = [\"a\", \"b\"]\nfor i, item in enumerate(ite‸)",
        Some("ms"),
    ),
    (
        "python",
        "class Rect:\n    def area(self):\n        return self.width * self.hei‸",
        None,
    ),
    (
        "python",
        "try:\n    run()\nexcept Exception as ‸",
        Some("e:"),
    ),
    (
        "python",
        "def check(value):\n    if value < 0:\n        raise ValueError(f\"Invalid value: {value‸",
        Some("}\")"),
    ),
    (
        "python",
        "counter = {}\nfor word in words:\n    counter[word] = counter.get(word, 0‸",
        Some(") + 1"),
    ),
    ("python", "total = sum(x for x in nums if x > 0‸", Some(")")),
    (
        "python",
        "with open(\"data.json\") as f:\n    config = json.load(‸)",
        Some("f"),
    ),
    ("python", "def area(width: fl‸", Some("oat")),
    ("python", "def scale(factor: float, times: i‸", Some("nt")),
    ("python", "def tags(items: list[st‸", Some("r]")),
    ("python", "def lookup(key) -> Optional[Ord‸", None),
    (
        "python",
        "class Order:\n    pass\n\n\ndef find(order_id: int) -> Optional[Ord‸",
        Some("er]:"),
    ),
    (
        "python",
        "def total(prices) -> dict[str, fl‸",
        Some("oat]:"),
    ),
    ("python", "counts: dict[str, i‸", Some("nt]")),
    ("python", "if isinstance(value, st‸", Some("r):")),
    ("python", "if isinstance(value, st‸)", Some("r")),
    ("python", "if isinstance(value, (int, fl‸", Some("oat")),
    ("python", "x = y[1: i‸", None),
    ("python", "result = {name: i‸", None),
    ("python", "def f(*, key: st‸", Some("r")),
    ("python", "def g() -> b‸", Some("ool:")),
    ("python", "def g() -> Li‸", None),
    ("python", "def g(x=i‸", None),
    (
        "python",
        "parser.add_argument(\"--size\", type=fl‸",
        Some("oat"),
    ),
    ("python", "while node is not No‸", Some("ne")),
    ("python", "if node is ‸", Some("None:")),
    ("python", "for key in config.keys(‸", Some("):")),
    ("python", "total = sum(prices.values(‸", Some("))")),
    ("python", "print(*a‸", None),
    ("python", "def run(self, *a‸", Some("rgs, **kwargs):")),
    ("python", "def run(**kw‸", Some("args):")),
    ("python", "def run(**kw‸)", Some("args")),
    ("python", "def __exit__(self, ‸", None),
    (
        "python",
        "def __exit__(self, exc_type, exc_value, ‸",
        Some("traceback):"),
    ),
    (
        "python",
        "@app.route(\"/x\", methods=[\"DE‸",
        Some("LETE\"])"),
    ),
    ("python", "@app.route(\"/x\", methods=['G‸'])", Some("ET")),
    ("python", "@app.route(\"/x\", methods=[\"P‸", None),
    (
        "python",
        "class OrderItem(Base):\n    __tablename__ = \"‸\"",
        Some("order_items"),
    ),
    (
        "python",
        "class Category(Base):\n    __tablename__ = \"‸",
        Some("categories\""),
    ),
    (
        "python",
        "user_id = Column(Integer, ForeignKey(\"orders.‸",
        Some("id\"))"),
    ),
    (
        "python",
        "return render_template(\"profile.‸\")",
        Some("html"),
    ),
    ("python", "key = \"user_‸", None),
    ("python", "if __name__ == '__m‸", Some("ain__':")),
    ("python", "np = 3\nnp.ar‸", None),
    ("python", "import numpy as np\na = np.ar‸", Some("ray()")),
    (
        "python",
        "data = pd.read_csv(\"a.csv\")\ndata.gro‸",
        Some("upby()"),
    ),
    ("python", "sales_df.groupby(\"region\").su‸", Some("m()")),
    (
        "python",
        "from flask import request\nx = request.fo‸",
        Some("rm"),
    ),
    ("python", "db.session.comm‸", Some("it()")),
    ("python", "User.query.filter_by(name=n).fir‸", Some("st()")),
    (
        "python",
        "session = requests.Session()\nsession.ge‸",
        Some("t()"),
    ),
    ("python", "logger.war‸", Some("ning()")),
    ("python", "path = Path(\"data\")\npath.mkd‸", Some("ir()")),
    (
        "python",
        "result = subprocess.run([\"ls\"])\nprint(result.retu‸",
        Some("rncode"),
    ),
    ("python", "from flask import Flask, jso‸", Some("nify")),
    (
        "python",
        "from sqlalchemy.orm import relat‸",
        Some("ionship"),
    ),
    (
        "python",
        "df.sort_values(by=\"a\", inplace=‸)",
        Some("True"),
    ),
    (
        "python",
        "subprocess.run(cmd, capture_output=‸",
        Some("True)"),
    ),
    (
        "python",
        "from flask import Flask\napp = Flask(__name__)\n\n\n@app.route(\"/users/<int:user_id>\")\ndef get_user(us‸",
        Some("er_id):"),
    ),
    (
        "python",
        "def test_missing_page(client):\n    r = client.get(\"/nope\")\n    assert r.status_code == ‸",
        None,
    ),
    (
        "python",
        "def test_home(client):\n    r = client.get(\"/\")\n    assert r.status_code == ‸",
        Some("200"),
    ),
    (
        "python",
        "@pytest.mark.parametrize(\"text, expected\", [(\"a\", 1)])\ndef test_count(te‸",
        Some("xt, expected):"),
    ),
    (
        "python",
        "import os\ndb_password = os.getenv(\"‸\")",
        Some("DB_PASSWORD"),
    ),
    ("python", "name = os.environ[\"‸\"]", None),
    ("python", "with open(path, \"w\", encoding=\"‸\")", None),
    (
        "python",
        "files = glob.glob(\"*.txt\")\nsizes = [os.path.getsize(file) for file in fi‸",
        Some("les]"),
    ),
    // Seventeenth round (r17c): the first two weeks of a course and an interview's warm-up. "Hello, W" ends as
    // "Hello, World!"; a lone letter or a space after an operand is not where a string or a call is closed; a
    // one-line body ends as a statement (`else if (...) console.log("` -> `Fizz");`, not `") {`); Go's first
    // import; the best so far on one line; the loop's index or key inside `arr[`; a counter stepped by name; a
    // swap in one assignment.
    ("python", "print(\"Hello, W‸", Some("orld!\")")),
    ("python", "print(\"Hello, W‸\")", Some("orld!")),
    (
        "c",
        "#include <stdio.h>\n\nint main(void) {\n    printf(\"Hello, W‸",
        Some("orld!\\n\");"),
    ),
    (
        "go",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"Hello, W‸",
        Some("orld!\")"),
    ),
    ("python", "name = input(\"Enter a n‸", None),
    ("python", "x = 10\nprint(x ‸", None),
    ("javascript", "const total = 3;\nconsole.log(total ‸)", None),
    (
        "javascript",
        "for (let i = 1; i <= 100; i++) {\n  if (i % 15 === 0) console.log(\"FizzBuzz\");\n  else if (i % 3 === 0) console.log(\"‸",
        Some("Fizz\");"),
    ),
    (
        "python",
        "for i in range(1, 101):\n    if i % 15 == 0:\n        print(\"FizzBuzz\")\n    elif i % 3 == 0:\n        print(\"‸",
        Some("Fizz\")"),
    ),
    (
        "java",
        "if (i % 15 == 0) {\n    System.out.println(\"FizzBuzz\");\n} else if (i % 3 == 0) {\n    System.out.println(\"‸",
        Some("Fizz\");"),
    ),
    ("javascript", "if (ready) console.log(\"‸", None),
    ("go", "package main\n\nimport \"‸", Some("fmt\"")),
    ("go", "package server\n\nimport \"‸", None),
    ("go", "package main\n\nimport (\n\t\"fmt\"\n\t\"‸", None),
    (
        "c",
        "int max = arr[0];\nfor (int i = 1; i < n; i++) {\n    if (arr[i] > max) max = ‸",
        Some("arr[i];"),
    ),
    (
        "java",
        "for (int x : values) {\n    if (x < lowest) lowest = ‸",
        Some("x;"),
    ),
    (
        "javascript",
        "const arr = [1, 2, 3];\nfor (let i = 0; i < arr.length; i++) {\n  console.log(arr[‸",
        Some("i])"),
    ),
    (
        "typescript",
        "const nums: number[] = [5, 2, 8];\nfor (let i = 0; i < nums.length; i++) {\n  console.log(i, nums[‸])",
        Some("i"),
    ),
    (
        "python",
        "for i in range(len(names)):\n    print(i, names[‸",
        Some("i])"),
    ),
    (
        "go",
        "for i := 0; i < len(nums); i++ {\n\tfmt.Println(nums[‸",
        Some("i])"),
    ),
    (
        "cpp",
        "for (size_t i = 0; i < v.size(); i++) {\n    std::cout << v[‸",
        Some("i];"),
    ),
    (
        "java",
        "for (int i = 0; i < scores.length; i++) {\n    scores[‸",
        Some("i]"),
    ),
    (
        "python",
        "for i in range(len(arr)):\n    if arr[i] > arr[‸",
        None,
    ),
    ("python", "for x in items:\n    print(items[‸", None),
    (
        "typescript",
        "const scores: Record<string, number> = {};\nfor (const key in scores) {\n  console.log(key, scores[‸",
        Some("key])"),
    ),
    (
        "python",
        "ages = {\"ann\": 30}\nfor name in ages:\n    print(name, ages[‸",
        Some("name])"),
    ),
    (
        "go",
        "for k := range m {\n\tfmt.Println(k, m[‸",
        Some("k])"),
    ),
    (
        "javascript",
        "let count = 10;\nwhile (count > 0) {\n  console.log(count);\n  count‸",
        Some("--;"),
    ),
    (
        "python",
        "n = 10\nwhile n > 0:\n    print(n)\n    n -= ‸",
        Some("1"),
    ),
    (
        "python",
        "i = 0\nwhile i < 10:\n    print(i)\n    i‸",
        Some(" += 1"),
    ),
    ("go", "for n > 0 {\n\tfmt.Println(n)\n\tn‸", Some("--")),
    (
        "rust",
        "let mut n = 10;\nwhile n > 0 {\n    println!(\"{}\", n);\n    n -= ‸",
        Some("1;"),
    ),
    ("python", "while n > 0:\n    digit = n % 10\n    n‸", None),
    ("c", "while (n > 0) {\n    n--;\n    n‸", None),
    ("python", "while n > 0:\n    print(n)\n    n += ‸", None),
    ("python", "a, b = b, ‸", Some("a")),
    ("python", "arr[i], arr[j] = arr[j], ‸", Some("arr[i]")),
    ("go", "x, y = y, ‸", Some("x")),
    (
        "typescript",
        "let a = 1;\nlet b = 2;\n[a, b] = [b, ‸",
        Some("a];"),
    ),
    ("python", "a, b = c, ‸", None),
    // Fourteenth round (c): JSON and a first HTTP server (Express, Go's net/http), and C's first argument.
    (
        "python",
        "import json\n\nwith open(\"data.json\") as f:\n    data = json.load(‸",
        Some("f)"),
    ),
    ("python", "import json\n\ndata = json.load(‸", None),
    (
        "python",
        "import json\n\ntext = json.dumps(data, ‸",
        Some("indent=2)"),
    ),
    (
        "python",
        "import json\n\nprint(json.dumps(data, ‸",
        Some("indent=2))"),
    ),
    ("python", "import json\n\ntext = json.dumps(a + b, ‸", None),
    (
        "javascript",
        "const json = JSON.stringify(data, null, ‸",
        Some("2)"),
    ),
    (
        "javascript",
        "console.log(JSON.stringify(obj, null, ‸",
        Some("2))"),
    ),
    (
        "javascript",
        "const res = await fetch(url, {\n  method: 'POST',\n  headers: { 'Content-Type': 'application/json' },\n  body: ‸",
        Some("JSON.stringify()"),
    ),
    (
        "javascript",
        "const options = {\n  method: 'POST',\n  body: ‸",
        None,
    ),
    (
        "javascript",
        "fetch('/api/users')\n  .then(res => res.json())\n  .then(‸",
        Some("data => "),
    ),
    ("javascript", "promise\n  .then(‸", None),
    (
        "javascript",
        "const express = require('express');\nconst app = express();\n\napp.get(‸",
        Some("'/', (req, res) => {"),
    ),
    (
        "javascript",
        "const express = require('express');\nconst app = express();\n\napp.get('/', (req, res) => {\n  res.send('home');\n});\n\napp.get(‸",
        None,
    ),
    (
        "javascript",
        "const express = require('express');\nconst app = express();\n\napp.post('/users', (req, res) => {\n  const user = req.‸",
        Some("body;"),
    ),
    (
        "javascript",
        "const express = require('express');\nconst app = express();\n\napp.get('/users/:id', (req, res) => {\n  const id = req.‸",
        Some("params.id"),
    ),
    (
        "go",
        "package main\n\nimport \"net/http\"\n\nfunc hello(w http.ResponseWriter, r *http.Request) {\n\tfmt.Fprintln(w, \"hi\")\n}\n\nfunc main() {\n\thttp.HandleFunc(‸",
        Some("\"/\", hello)"),
    ),
    (
        "go",
        "package main\n\nimport \"net/http\"\n\nfunc main() {\n\thttp.HandleFunc(‸",
        None,
    ),
    (
        "go",
        "package main\n\nimport \"net/http\"\n\nfunc main() {\n\thttp.HandleFunc(\"/\", handler)\n\thttp.ListenAndServe(‸",
        Some("\":8080\", nil)"),
    ),
    (
        "go",
        "package main\n\nfunc handler(w http.ResponseWriter, r *http.Request) {\n\tw.Header().Set(‸",
        Some("\"Content-Type\", \"application/json\")"),
    ),
    (
        "go",
        "package main\n\nfunc handler(w http.ResponseWriter, r *http.Request) {\n\tvar u User\n\tif err := json.NewDecoder(r.Body).Decode(‸",
        Some("&u); err != nil {"),
    ),
    (
        "go",
        "package main\n\nfunc handler(w http.ResponseWriter, r *http.Request) {\n\tif err := json.NewDecoder(r.Body).Decode(‸",
        None,
    ),
    (
        "rust",
        "fn main() {\n    let json = serde_json::‸",
        Some("to_string()"),
    ),
    ("rust", "fn main() {\n    let user = serde_json::‸", None),
    (
        "c",
        "#include <stdio.h>\n#include <stdlib.h>\n\nint main(int argc, char *argv[]) {\n    if (argc < 2) {\n        return 1;\n    }\n    int n = atoi(‸",
        Some("argv[1]);"),
    ),
    (
        "c",
        "#include <stdlib.h>\n\nint main(void) {\n    int n = atoi(‸",
        None,
    ),
    // Eighteenth round (r18h): tests as people write them in all eight languages (pytest fixtures, parametrize,
    // mocks and monkeypatch, unittest's hooks; Jest and Vitest matchers, mocks and Testing Library; Rust's test
    // attributes and Result tests; Go's table-driven tests and httptest; JUnit 5 and Mockito; C's assert.h and
    // hand-made runners; GoogleTest and Catch2), written blind. New module `test_suites`: a framework's name or
    // member completed where the letters leave one (`ASSERT_TR` -> `UE()`, `mockResolvedVal` -> `ue()`, not
    // `mockRes`), a Go table's `t.Run(tt.` and `tt.want`, a failure message's arguments from the failed comparison,
    // a parametrized test's expected column, a runner's next test, `Ok(())` closing a Result test, the one question
    // among the members listed in a truth assertion (`EXPECT_FALSE(v.emp` -> `ty()`), a framework's header; Rust's
    // `#[cfg(te` -> `st)]` and `Type::ne` -> `w()`. Then look-alikes with other names, auto-closed brackets, and
    // cases left alone (two names begun alike, no framework in the file).
    ("python", "import pytest\n\n@pytest.fix‸", Some("ture")),
    (
        "python",
        "import pytest\n\n@pytest.mark.param‸",
        Some("etrize()"),
    ),
    (
        "python",
        "import pytest\n\ndef test_divide_by_zero():\n    with pytest.rai‸",
        Some("ses()"),
    ),
    (
        "python",
        "import pytest\n\ndef test_divide_by_zero():\n    with pytest.raises(ZeroDivisionError):\n        ‸",
        None,
    ),
    (
        "python",
        "import pytest\n\ndef test_average():\n    assert average([1, 2]) == pytest.appr‸",
        Some("ox()"),
    ),
    (
        "python",
        "import unittest\n\nclass TestCalc(unittest.TestCa‸)",
        Some("se"),
    ),
    (
        "python",
        "import unittest\n\nclass TestCalc(unittest.TestCase):\n    def setU‸",
        Some("p(self):"),
    ),
    (
        "python",
        "import unittest\n\nclass TestCalc(unittest.TestCase):\n    def test_add(self):\n        self.assertEq‸",
        Some("ual()"),
    ),
    (
        "python",
        "import unittest\n\nclass TestCalc(unittest.TestCase):\n    def test_div(self):\n        with self.assertRai‸",
        Some("ses()"),
    ),
    (
        "python",
        "import unittest\n\nclass TestCalc(unittest.TestCase):\n    def test_add(self):\n        self.assertEqual(add(1, 2), 3)\n\nif __name__ == \"__main__\":\n    unittest.‸",
        Some("main()"),
    ),
    (
        "python",
        "def test_write(tmp_path):\n    p = tmp_path / \"out.txt\"\n    p.write_te‸",
        Some("xt()"),
    ),
    (
        "python",
        "def test_env(monkeypatch):\n    monkeypatch.seten‸",
        Some("v()"),
    ),
    (
        "python",
        "import pytest\n\n@pytest.fixture\ndef client():\n    app = create_app()\n    yield ‸",
        None,
    ),
    (
        "python",
        "import pytest\n\n@pytest.mark.parametrize(\"a, b, expected\", [\n    (1, 2, 3),\n    (2, 3, 5),\n])\ndef test_add(‸)",
        Some("a, b, expected"),
    ),
    (
        "python",
        "import pytest\n\n@pytest.mark.parametrize(\"a, b, expected\", [(1, 2, 3)])\ndef test_add(a, b, expected):\n    assert add(a, b) == ‸",
        Some("expected"),
    ),
    (
        "python",
        "from unittest.mock import Mock, patch\n\n@pat‸",
        Some("ch()"),
    ),
    (
        "python",
        "from unittest.mock import patch\n\n@patch(\"app.requests.get\")\ndef test_fetch(mock_get):\n    mock_get.return_val‸",
        Some("ue"),
    ),
    (
        "python",
        "from unittest.mock import patch\n\n@patch(\"app.requests.get\")\ndef test_fetch(mock_get):\n    fetch(\"x\")\n    mock_get.assert_called_once_wi‸",
        Some("th()"),
    ),
    (
        "python",
        "import pytest\n\ndef test_empty():\n    with pytest.raises(ValueError):\n        parse(\"\")\n\ndef test_‸",
        None,
    ),
    (
        "python",
        "import unittest\n\nclass TestCalc(unittest.TestCase):\n    def setUp(self):\n        self.calc = Calculator()\n\n    def test_add(self):\n        self.assertEqual(self.‸)",
        Some("calc"),
    ),
    (
        "python",
        "import unittest\n\nclass TestCalc(unittest.TestCase):\n    def test_positive(self):\n        self.assertTrue(‸)",
        None,
    ),
    (
        "python",
        "def test_capture(capsys):\n    print(\"hi\")\n    out, err = capsys.readou‸",
        Some("terr()"),
    ),
    (
        "javascript",
        "describe('parse', () => {\n  it('reads a list', () => {\n    const result = parse('1,2');\n    expect(result).toEq‸",
        Some("ual()"),
    ),
    ("javascript", "const fetchUser = jest.f‸", Some("n()")),
    (
        "javascript",
        "test('calls back', () => {\n  const mockFn = jest.fn();\n  run(mockFn);\n  expect(mockFn).toHaveBeenCalledW‸",
        Some("ith()"),
    ),
    (
        "javascript",
        "test('throws on empty', () => {\n  expect(() => parse('')).toTh‸",
        Some("row()"),
    ),
    ("javascript", "describe('Cart', () => {\n  ‸", None),
    (
        "javascript",
        "describe('Cart', () => {\n  it('adds an item', () => {\n    cart.add({ id: 1 });\n    expect(cart.items).toHaveLen‸",
        Some("gth()"),
    ),
    (
        "javascript",
        "test('fetches data', async () => {\n  const data = await fetchData();\n  expect(data).toEqual(‸)",
        None,
    ),
    (
        "javascript",
        "test('resolves', () => {\n  return expect(fetchData()).resolves.toEq‸",
        Some("ual()"),
    ),
    (
        "javascript",
        "test('rejects', async () => {\n  await expect(fetchData()).rejects.toTh‸",
        Some("row()"),
    ),
    (
        "javascript",
        "const { sum } = require('./sum');\n\ntest('adds 1 + 2', () => {\n  expect(sum(1, 2)).toBe(3);\n});\n\ntest(‸)",
        None,
    ),
    (
        "javascript",
        "jest.mock('./api');\nconst api = require('./api');\n\ntest('loads', async () => {\n  api.getUser.mockResolvedVal‸",
        Some("ue()"),
    ),
    (
        "javascript",
        "test('logs', () => {\n  const spy = jest.spyOn(console, 'log');\n  greet('Ann');\n  expect(spy).toHaveBeenCalled();\n  spy.mockRest‸",
        Some("ore()"),
    ),
    (
        "javascript",
        "afterEach(() => {\n  jest.clearAllMoc‸",
        Some("ks()"),
    ),
    (
        "javascript",
        "it('calls the callback', () => {\n  const cb = jest.fn();\n  run(cb);\n  expect(cb).toHaveBeenCalledTim‸",
        Some("es()"),
    ),
    (
        "javascript",
        "import { describe, it, expect, vi } from 'vitest';\n\nconst onClick = vi.f‸",
        Some("n()"),
    ),
    (
        "javascript",
        "import { vi } from 'vitest';\n\nconst getName = vi.fn().mockReturnVal‸",
        Some("ue()"),
    ),
    (
        "javascript",
        "test('shows greeting', () => {\n  render(<Hello />);\n  expect(screen.getByText('Hello')).toBeInTheDoc‸",
        Some("ument()"),
    ),
    (
        "javascript",
        "describe('math', () => {\n  it('multiplies', () => {\n    expect(mul(2, 3)).toBe(6);\n  });\n‸",
        None,
    ),
    (
        "javascript",
        "const request = require('supertest');\nconst app = require('../app');\n\ntest('GET /', async () => {\n  const res = await request(app).get('/');\n  expect(res.statusC‸",
        Some("ode"),
    ),
    (
        "typescript",
        "import { describe, it, expect } from 'vit‸'",
        Some("est"),
    ),
    (
        "typescript",
        "describe('UserService', () => {\n  it('throws on missing user', async () => {\n    await expect(service.get(1)).rejects.toThrow(‸)",
        None,
    ),
    (
        "typescript",
        "test('sums', () => {\n  const result: number = sum(1, 2);\n  expect(res‸)",
        Some("ult"),
    ),
    (
        "typescript",
        "import { render, screen } from '@testing-library/react';\n\ntest('renders', () => {\n  render(<App />);\n  expect(screen.getByRo‸",
        Some("le()"),
    ),
    (
        "typescript",
        "test('gets a user', () => {\n  const user = { id: 1, name: 'Ann' };\n  expect(getUser(1)).toStrictEq‸",
        Some("ual()"),
    ),
    (
        "typescript",
        "afterEach(() => {\n  vi.restoreAllMo‸",
        Some("cks()"),
    ),
    (
        "typescript",
        "vi.mock('./db', () => ({\n  query: vi.f‸",
        Some("n()"),
    ),
    (
        "typescript",
        "test('logs', () => {\n  const spy = vi.spyOn(console, 'log');\n  greet('Ann');\n  expect(spy).toHaveBeenCalledWith(‸)",
        None,
    ),
    (
        "typescript",
        "describe('add', () => {\n  it.each([\n    [1, 1, 2],\n    [2, 2, 4],\n  ])('add(%i, %i) -> %i', (a, b, expected) => {\n    expect(add(a, b)).toBe(‸)",
        Some("expected"),
    ),
    (
        "typescript",
        "describe('parse', () => {\n  it('returns null for empty input', () => {\n    expect(parse('')).toBeN‸",
        Some("ull()"),
    ),
    (
        "typescript",
        "it('keeps the item', () => {\n  const list = addItem([], 'a');\n  expect(list).toCont‸",
        Some("ain()"),
    ),
    (
        "typescript",
        "it('has a name', () => {\n  const obj = makeUser();\n  expect(obj).toHaveProp‸",
        Some("erty()"),
    ),
    (
        "typescript",
        "it('is positive', () => {\n  expect(score()).toBeGreaterTh‸",
        Some("an()"),
    ),
    (
        "typescript",
        "describe('timer', () => {\n  beforeEach(() => {\n    vi.useFakeTim‸",
        Some("ers()"),
    ),
    (
        "typescript",
        "it('fires later', () => {\n  const cb = vi.fn();\n  schedule(cb);\n  vi.advanceTimersByTi‸",
        Some("me()"),
    ),
    (
        "typescript",
        "test('lists users', async () => {\n  const res = await request(app).get('/users');\n  expect(res.stat‸",
        Some("us"),
    ),
    (
        "typescript",
        "test('lists users', async () => {\n  const res = await request(app).get('/users');\n  expect(res.status).toBe(200);\n  expect(res.body).toEq‸",
        Some("ual()"),
    ),
    (
        "typescript",
        "test('calls once', () => {\n  const fn = vi.fn();\n  run(fn);\n  expect(fn).toHaveBeenCalledTimes(‸)",
        None,
    ),
    ("rust", "#[cfg(te‸", Some("st)]")),
    (
        "rust",
        "#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[te‸",
        Some("st]"),
    ),
    (
        "rust",
        "#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    #[should_pa‸",
        Some("nic]"),
    ),
    (
        "rust",
        "#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    #[should_panic(expected = \"‸\")]",
        None,
    ),
    (
        "rust",
        "#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn parses() -> Result<(), String> {\n        let n = parse(\"5\")?;\n        assert_eq!(n, 5);\n        ‸",
        Some("Ok(())"),
    ),
    (
        "rust",
        "#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn empty_is_none() {\n        assert!(first(&[]).is_no‸",
        Some("ne()"),
    ),
    (
        "rust",
        "#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn sorts() {\n        let sorted = sort(vec![3, 1, 2]);\n        assert_eq!(sorted, ve‸",
        Some("c!["),
    ),
    (
        "rust",
        "#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn it_works() {\n        let result = add(2, 2);\n        assert_eq!(res‸)",
        Some("ult"),
    ),
    (
        "rust",
        "#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn parses_ok() {\n        let result = parse(\"5\");\n        assert!(result.is_o‸",
        Some("k()"),
    ),
    (
        "rust",
        "#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn rejects_letters() {\n        let err = parse(\"x\").unwrap_e‸",
        Some("rr()"),
    ),
    (
        "rust",
        "#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn rejects_letters() {\n        let err = parse(\"x\").unwrap_err();\n        assert_eq!(err.to_stri‸",
        Some("ng()"),
    ),
    (
        "rust",
        "#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn stack_push_pop() {\n        let mut s = Stack::ne‸",
        Some("w()"),
    ),
    (
        "rust",
        "#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn stack_push_pop() {\n        let mut s = Stack::new();\n        s.push(1);\n        assert_eq!(s.pop(), So‸",
        Some("me("),
    ),
    (
        "rust",
        "#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn stack_push_pop() {\n        let mut s = Stack::new();\n        s.push(1);\n        assert_eq!(s.pop(), Some(1));\n        assert_eq!(s.pop(), No‸",
        Some("ne"),
    ),
    (
        "rust",
        "#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    #[ign‸",
        Some("ore]"),
    ),
    (
        "rust",
        "#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn lexes_number() {\n        let tok = lex(\"42\");\n        assert!(matches!(‸",
        None,
    ),
    (
        "rust",
        "#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn ‸",
        None,
    ),
    (
        "rust",
        "#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn area_of_unit_circle() {\n        let area = circle_area(1.0);\n        assert!((area - 3.14159).abs() < ‸",
        None,
    ),
    ("go", "package calc\n\nimport \"test‸\"", Some("ing")),
    (
        "go",
        "package calc\n\nimport \"testing\"\n\nfunc TestAdd(t *testing.‸",
        Some("T) {"),
    ),
    (
        "go",
        "func TestAdd(t *testing.T) {\n\ttests := []struct {\n\t\tname string\n\t\ta, b int\n\t\twant int\n\t}{\n\t\t{\"positive\", 1, 2, 3},\n\t}\n\tfor _, tt := range ‸",
        Some("tests {"),
    ),
    (
        "go",
        "func TestAdd(t *testing.T) {\n\ttests := []struct {\n\t\tname string\n\t\ta, b int\n\t\twant int\n\t}{\n\t\t{\"positive\", 1, 2, 3},\n\t}\n\tfor _, tt := range tests {\n\t\tt.Run(tt.‸",
        Some("name, func(t *testing.T) {"),
    ),
    (
        "go",
        "func TestAdd(t *testing.T) {\n\ttests := []struct {\n\t\tname string\n\t\ta, b int\n\t\twant int\n\t}{\n\t\t{\"positive\", 1, 2, 3},\n\t}\n\tfor _, tt := range tests {\n\t\tt.Run(tt.name, func(t *testing.‸",
        Some("T) {"),
    ),
    (
        "go",
        "func TestAdd(t *testing.T) {\n\ttests := []struct {\n\t\tname string\n\t\ta, b int\n\t\twant int\n\t}{\n\t\t{\"positive\", 1, 2, 3},\n\t}\n\tfor _, tt := range tests {\n\t\tt.Run(tt.name, func(t *testing.T) {\n\t\t\tgot := Add(tt.a, tt.b)\n\t\t\tif got != tt.‸",
        Some("want {"),
    ),
    (
        "go",
        "func TestAdd(t *testing.T) {\n\ttests := []struct {\n\t\tname string\n\t\ta, b int\n\t\twant int\n\t}{\n\t\t{\"positive\", 1, 2, 3},\n\t}\n\tfor _, tt := range tests {\n\t\tt.Run(tt.name, func(t *testing.T) {\n\t\t\tgot := Add(tt.a, tt.b)\n\t\t\tif got != tt.want {\n\t\t\t\tt.Errorf(\"got %v, want %v\", ‸",
        Some("got, tt.want)"),
    ),
    (
        "go",
        "func TestAdd(t *testing.T) {\n\ttests := []struct {\n\t\tname string\n\t\ta, b int\n\t\twant int\n\t}{\n\t\t{\"positive\", 1, 2, 3},\n\t}\n\tfor _, tt := range tests {\n\t\tt.Run(tt.name, func(t *testing.T) {\n\t\t\tgot := Add(tt.a, tt.b)\n\t\t\tif got != tt.want {\n\t\t\t\tt.Errorf(\"got %d, want %d\", got, ‸",
        Some("tt.want)"),
    ),
    (
        "go",
        "func TestOpen(t *testing.T) {\n\tf, err := os.Open(\"testdata/in.txt\")\n\tif err != nil {\n\t\tt.Fat‸",
        Some("al(err)"),
    ),
    (
        "go",
        "func assertEqual(t *testing.T, got, want int) {\n\tt.Hel‸",
        Some("per()"),
    ),
    (
        "go",
        "func TestHandler(t *testing.T) {\n\treq := httptest.NewRequ‸",
        Some("est()"),
    ),
    (
        "go",
        "func TestHandler(t *testing.T) {\n\treq := httptest.NewRequest(http.MethodGet, \"/\", nil)\n\trec := httptest.NewRec‸",
        Some("order()"),
    ),
    (
        "go",
        "func TestHandler(t *testing.T) {\n\treq := httptest.NewRequest(http.MethodGet, \"/\", nil)\n\trec := httptest.NewRecorder()\n\thandler(rec, req)\n\tif rec.Co‸",
        Some("de"),
    ),
    (
        "go",
        "func TestClient(t *testing.T) {\n\tsrv := httptest.NewSer‸",
        Some("ver()"),
    ),
    (
        "go",
        "func TestClient(t *testing.T) {\n\tsrv := httptest.NewServer(http.HandlerFunc(handler))\n\tdefer srv.Clo‸",
        Some("se()"),
    ),
    (
        "go",
        "func TestReverse(t *testing.T) {\n\tgot := Reverse(\"abc\")\n\twant := \"cba\"\n\tif got != ‸",
        Some("want {"),
    ),
    (
        "go",
        "func TestReverse(t *testing.T) {\n\tgot := Reverse(\"abc\")\n\twant := \"cba\"\n\tif got != want {\n\t\tt.Errorf(\"Reverse() = %q, want %q\", ‸",
        Some("got, want)"),
    ),
    ("go", "func BenchmarkAdd(b *testing.‸", Some("B) {")),
    (
        "go",
        "func BenchmarkAdd(b *testing.B) {\n\tfor i := 0; i < b.‸",
        Some("N; i++ {"),
    ),
    (
        "go",
        "func TestLen(t *testing.T) {\n\ttests := []struct {\n\t\tname string\n\t\tin   string\n\t\twant int\n\t}{\n\t\t{‸",
        None,
    ),
    (
        "go",
        "func TestParse(t *testing.T) {\n\tfor _, tt := range tests {\n\t\tt.Run(tt.name, func(t *testing.T) {\n\t\t\tgot, err := Parse(tt.in)\n\t\t\tif err != nil {\n\t\t\t\tt.Fatalf(\"unexpected error: %v\", ‸",
        Some("err)"),
    ),
    ("java", "import org.junit.jupiter.api.Te‸", Some("st;")),
    (
        "java",
        "import org.junit.jupiter.api.Test;\n\nimport static org.junit.jupiter.api.Assertions.‸",
        None,
    ),
    (
        "java",
        "import org.junit.jupiter.api.Test;\n\nclass CalculatorTest {\n    @Te‸",
        Some("st"),
    ),
    (
        "java",
        "class CalculatorTest {\n    private Calculator calc;\n\n    @BeforeEa‸",
        Some("ch"),
    ),
    (
        "java",
        "class CalculatorTest {\n    @Test\n    void rejectsNegative() {\n        assertThrows(IllegalArgumentException.class, () -> ‸",
        None,
    ),
    (
        "java",
        "class CalculatorTest {\n    @Test\n    void isPositive() {\n        assertTr‸",
        Some("ue()"),
    ),
    (
        "java",
        "class RepoTest {\n    @Test\n    void missingIsNull() {\n        assertNu‸",
        Some("ll()"),
    ),
    (
        "java",
        "class MathTest {\n    @ParameterizedTest\n    @ValueSo‸",
        Some("urce()"),
    ),
    (
        "java",
        "class CalculatorTest {\n    @Test\n    void ‸",
        None,
    ),
    (
        "java",
        "@ExtendWith(MockitoExtension.class)\nclass ServiceTest {\n    @Mo‸",
        Some("ck"),
    ),
    (
        "java",
        "@ExtendWith(MockitoExtension.class)\nclass ServiceTest {\n    @Mock\n    UserRepository repo;\n\n    @Test\n    void findsUser() {\n        when(repo.findById(1L)).thenRet‸",
        Some("urn()"),
    ),
    (
        "java",
        "@ExtendWith(MockitoExtension.class)\nclass ServiceTest {\n    @Test\n    void savesTwice() {\n        service.save(user);\n        verify(repo, tim‸",
        Some("es()"),
    ),
    ("java", "class CalculatorTest {\n    @AfterEa‸", Some("ch")),
    (
        "java",
        "class CalculatorTest {\n    @Test\n    @DisplayName(\"‸\")",
        None,
    ),
    ("c", "#include <asse‸", Some("rt.h>")),
    (
        "c",
        "#include <assert.h>\n\nint main(void) {\n    asse‸",
        Some("rt()"),
    ),
    (
        "c",
        "#include <assert.h>\n\nint main(void) {\n    assert(add(2, 2) == 4‸",
        Some(");"),
    ),
    (
        "c",
        "static void test_add(void) {\n    assert(add(1, 2) == 3);\n}\n\nstatic void test_sub(void) {\n    assert(sub(3, 1) == 2);\n}\n\nint main(void) {\n    test_add();\n    test_‸",
        Some("sub();"),
    ),
    (
        "c",
        "static int failures = 0;\n\nint main(void) {\n    run_all();\n    return failures ‸",
        None,
    ),
    (
        "c",
        "static int tests_run = 0;\nstatic int tests_failed = 0;\n\n#define EXPECT_EQ(a, b) do { tests_run++; if ((a) != (b)) { tests_failed++; printf(\"%s:%d: expected %d, got %d\\n\", __FILE__, __LI‸",
        Some("NE__"),
    ),
    (
        "c",
        "static void test_reverse(void) {\n    char *s = reverse(\"abc\");\n    assert(strcmp(s, \"cba\") == 0);\n    fr‸",
        Some("ee("),
    ),
    (
        "c",
        "#include <string.h>\n#include <assert.h>\n\nstatic void test_strlen(void) {\n    assert(strlen(\"hello\") == ‸",
        None,
    ),
    (
        "c",
        "int main(void) {\n    test_push();\n    test_pop();\n    puts(\"OK\");\n    return ‸",
        Some("0;"),
    ),
    (
        "c",
        "#define ASSERT_TRUE(x) if (!(x)) { fprintf(std‸",
        Some("err, "),
    ),
    (
        "c",
        "static void test_sort(void) {\n    int arr[] = {3, 1, 2};\n    sort(arr, 3);\n    assert(arr[0] == 1 && arr[1] == 2 && arr[2] == ‸",
        Some("3"),
    ),
    ("c", "#ifndef NDEB‸", Some("UG")),
    (
        "c",
        "#include <math.h>\n#include <assert.h>\n\nstatic void test_area(void) {\n    assert(fabs(area(1.0) - 3.14159) < ‸",
        None,
    ),
    ("cpp", "#include <gtest/gte‸", Some("st.h>")),
    ("cpp", "#include <gtest/gtest.h>\n\nTEST(‸)", None),
    (
        "cpp",
        "#include <gtest/gtest.h>\n\nTEST(StackTest, PushPop) {\n    Stack s;\n    s.push(1);\n    EXPECT_EQ(s.top(), ‸",
        None,
    ),
    (
        "cpp",
        "#include <gtest/gtest.h>\n\nTEST(StackTest, NotEmpty) {\n    Stack s;\n    s.push(1);\n    ASSERT_TR‸",
        Some("UE()"),
    ),
    (
        "cpp",
        "#include <gtest/gtest.h>\n\nTEST(StackTest, Size) {\n    Stack s;\n    s.push(1);\n    EXPECT_EQ(s.size(), 1u‸",
        Some(");"),
    ),
    (
        "cpp",
        "#include <gtest/gtest.h>\n\nclass QueueTest : public ::testing::Te‸",
        Some("st {"),
    ),
    (
        "cpp",
        "#include <gtest/gtest.h>\n\nclass QueueTest : public ::testing::Test {\n protected:\n    void SetU‸",
        Some("p() override {"),
    ),
    (
        "cpp",
        "int main(int argc, char **argv) {\n    ::testing::InitGoogleTest(&argc, argv);\n    return RUN_ALL_TES‸",
        Some("TS();"),
    ),
    (
        "cpp",
        "int main(int argc, char **argv) {\n    ::testing::InitGoog‸",
        Some("leTest(&argc, argv);"),
    ),
    ("cpp", "#define CATCH_CONFIG_MA‸", Some("IN")),
    (
        "cpp",
        "#include <catch2/catch_test_macros.hpp>\n\nTEST_CASE(\"factorial\", \"[math]\") {\n    REQUI‸",
        Some("RE()"),
    ),
    (
        "cpp",
        "#include <catch2/catch_test_macros.hpp>\n\nTEST_CASE(\"factorial\", \"[math]\") {\n    REQUIRE(factorial(3) == 6‸",
        Some(");"),
    ),
    (
        "cpp",
        "#include <catch2/catch_test_macros.hpp>\n\nTEST_CASE(\"vector\", \"[vec]\") {\n    std::vector<int> v;\n    SECTION(\"‸\")",
        None,
    ),
    (
        "cpp",
        "#include <gtest/gtest.h>\n\nTEST(Geometry, Area) {\n    EXPECT_NEAR(area(1.0), 3.14159, ‸",
        None,
    ),
    (
        "cpp",
        "#include <gtest/gtest.h>\n\nTEST(SortTest, Sorts) {\n    std::vector<int> v{3, 1, 2};\n    std::sort(v.begin(), ‸",
        Some("v.end());"),
    ),
    (
        "cpp",
        "#include <gtest/gtest.h>\n\nTEST(SortTest, Sorts) {\n    std::vector<int> v{3, 1, 2};\n    sort_ints(v);\n    EXPECT_EQ(v, (std::vector<int>{‸",
        None,
    ),
    (
        "cpp",
        "#include <gtest/gtest.h>\n\nTEST(FormatTest, Writes) {\n    char buf[16];\n    format(buf, 42);\n    EXPECT_STREQ(buf, \"‸\")",
        None,
    ),
    (
        "cpp",
        "#include <gtest/gtest.h>\n\nTEST(MathTest, Add) {\n    EXPECT_EQ(add(1, 2), 3);\n}\n\nTEST(MathTest, ‸",
        None,
    ),
    (
        "cpp",
        "#include <catch2/catch_all.hpp>\n\nTEST_CASE(\"names\", \"[str]\") {\n    using Catch::Matchers::StartsWith;\n    CHECK_THA‸",
        Some("T()"),
    ),
    (
        "cpp",
        "#include <gtest/gtest.h>\n\nTEST(MathTest, Add) {\n    EXPECT_EQ(add(1, 2), 3);\n}\n‸",
        None,
    ),
    (
        "python",
        "from unittest.mock import MagicMock\n\ndef test_save():\n    mock_db = MagicMock()\n    mock_db.side_ef‸",
        Some("fect"),
    ),
    (
        "python",
        "from unittest.mock import MagicMock\n\ndef test_save():\n    m = MagicMock()\n    save(m)\n    m.assert_called_o‸",
        None,
    ),
    (
        "python",
        "from unittest.mock import MagicMock\n\ndef test_save():\n    db = MagicMock()\n    save(db)\n    db.call_co‸",
        Some("unt"),
    ),
    (
        "python",
        "def test_save(client):\n    client.return_val‸",
        None,
    ),
    (
        "python",
        "def test_home(monkeypatch):\n    monkeypatch.seta‸",
        Some("ttr()"),
    ),
    (
        "python",
        "def test_home(monkeypatch):\n    monkeypatch.set‸",
        None,
    ),
    (
        "python",
        "def test_home(monkeypatch):\n    monkeypatch.dele‸",
        Some("nv()"),
    ),
    (
        "python",
        "def test_output(capfd):\n    main()\n    captured = capfd.readou‸",
        Some("terr()"),
    ),
    ("python", "import pytest\n\n@pytest.mark.sk‸", Some("ip()")),
    ("python", "import pytest\n\n@pytest.mark.xf‸", Some("ail()")),
    (
        "python",
        "import unittest\n\nclass TestStack(unittest.TestCase):\n    def tearD‸",
        Some("own(self):"),
    ),
    ("python", "class Helper:\n    def setU‸", None),
    (
        "python",
        "import pytest\n\n@pytest.mark.parametrize(\"word, want\", [(\"abc\", \"cba\"), (\"\", \"\")])\ndef test_reverse(word, want):\n    assert reverse(word) == ‸",
        Some("want"),
    ),
    (
        "python",
        "def test_reverse(word, want):\n    assert reverse(word) == ‸",
        None,
    ),
    (
        "python",
        "def test_save(tmp_path):\n    path = tmp_path / \"a.json\"\n    save(path)\n    data = path.read_te‸",
        Some("xt()"),
    ),
    (
        "python",
        "import unittest\n\nclass TestShop(unittest.TestCase):\n    def setUp(self):\n        self.cart = Cart()\n        self.user = User()\n\n    def test_total(self):\n        self.assertEqual(self.‸)",
        None,
    ),
    (
        "python",
        "import unittest\n\nclass TestQueue(unittest.TestCase):\n    def setUp(self):\n        self.queue = Queue()\n\n    def test_empty(self):\n        self.assertTrue(self.que‸)",
        Some("ue"),
    ),
    (
        "javascript",
        "const getUser = jest.fn();\ngetUser.mockReturnValueO‸",
        Some("nce()"),
    ),
    (
        "javascript",
        "const save = vi.fn();\nsave.mockImpl‸",
        Some("ementation()"),
    ),
    (
        "javascript",
        "const api = require('./api');\napi.get.mockRest‸",
        None,
    ),
    (
        "javascript",
        "test('loads', () => {\n  const spy = jest.spyOn(api, 'get');\n  spy.mockRe‸",
        None,
    ),
    (
        "javascript",
        "test('keeps items', () => {\n  expect(list).not.toCont‸",
        Some("ain()"),
    ),
    (
        "javascript",
        "test('fails', async () => {\n  await expect(load()).rejects.toThrow(‸)",
        None,
    ),
    (
        "javascript",
        "import { render, screen } from '@testing-library/react';\n\ntest('form', () => {\n  render(<Form />);\n  screen.getByLab‸",
        Some("elText()"),
    ),
    (
        "javascript",
        "test('form', () => {\n  screen.getByLab‸",
        None,
    ),
    (
        "javascript",
        "const request = require('supertest');\n\ntest('GET /users', async () => {\n  const response = await request(app).get('/users');\n  expect(response.bo‸",
        Some("dy"),
    ),
    (
        "typescript",
        "describe('reverse', () => {\n  test.each([\n    ['abc', 'cba'],\n  ])('reverse(%s)', (input, want) => {\n    expect(reverse(input)).toEqual(‸)",
        Some("want"),
    ),
    (
        "typescript",
        "describe('reverse', () => {\n  test('works', () => {\n    const want = 'cba';\n    expect(reverse('abc')).toEqual(‸)",
        None,
    ),
    (
        "typescript",
        "describe('add', () => {\n  it.each([\n    [1, 1, 2],\n  ])('add(%i, %i)', (a, b, expected) => {\n    expect(add(a, b)).toBe(‸",
        Some("expected)"),
    ),
    (
        "go",
        "func TestSum(t *testing.T) {\n\tcases := []struct {\n\t\tname     string\n\t\tin       []int\n\t\texpected int\n\t}{\n\t\t{\"empty\", nil, 0},\n\t}\n\tfor _, tc := range cases {\n\t\tt.Run(tc.‸",
        Some("name, func(t *testing.T) {"),
    ),
    (
        "go",
        "func TestSum(t *testing.T) {\n\tcases := []struct {\n\t\tname     string\n\t\tin       []int\n\t\texpected int\n\t}{\n\t\t{\"empty\", nil, 0},\n\t}\n\tfor _, tc := range cases {\n\t\tt.Run(tc.name, func(t *testing.T) {\n\t\t\tif got := Sum(tc.in); got != tc.‸",
        Some("expected {"),
    ),
    (
        "go",
        "func TestSum(t *testing.T) {\n\tcases := []struct {\n\t\tin   []int\n\t\twant int\n\t}{\n\t\t{nil, 0},\n\t}\n\tfor _, tc := range cases {\n\t\tt.Run(tc.‸",
        None,
    ),
    (
        "go",
        "func TestSum(t *testing.T) {\n\tgot := Sum([]int{1, 2})\n\twant := 3\n\tif got != want {\n\t\tt.Errorf(\"Sum() = %d, want %d\", ‸",
        Some("got, want)"),
    ),
    (
        "go",
        "func TestSum(t *testing.T) {\n\tgot := Sum([]int{1, 2})\n\twant := 3\n\tif got != want {\n\t\tt.Errorf(\"Sum() = %d\", ‸",
        None,
    ),
    (
        "go",
        "func TestLoad(t *testing.T) {\n\tcfg, err := Load(\"testdata/app.yaml\")\n\tif err != nil {\n\t\tt.Fatalf(\"Load: %v\", ‸",
        Some("err)"),
    ),
    (
        "go",
        "func TestSplit(t *testing.T) {\n\tfor _, tt := range tests {\n\t\tgot := Split(tt.in)\n\t\tif !reflect.DeepEqual(got, tt.want) {\n\t\t\tt.Errorf(\"Split(%q) = %v, want %v\", tt.in, ‸",
        Some("got, tt.want)"),
    ),
    (
        "go",
        "func TestSplit(t *testing.T) {\n\tfor _, tt := range tests {\n\t\tgot := Split(tt.in)\n\t\tif !reflect.DeepEqual(got, tt.want) {\n\t\t\tt.Errorf(\"got %v, want %v\", ‸",
        Some("got, tt.want)"),
    ),
    (
        "go",
        "func TestLoad(t *testing.T) {\n\tcfg, err := Load(\"app.yaml\")\n\tif err != nil {\n\t\tt.Fatal(‸)",
        None,
    ),
    (
        "go",
        "func TestLoad(t *testing.T) {\n\tcfg, err := Load(\"app.yaml\")\n\tif cfg == nil {\n\t\tt.Fat‸",
        Some("alf()"),
    ),
    (
        "go",
        "func TestServe(t *testing.T) {\n\tts := httptest.NewTLS‸",
        Some("Server()"),
    ),
    (
        "go",
        "func TestServe(t *testing.T) {\n\tw := httptest.NewRecorder()\n\tserve(w, r)\n\tbody := w.Bo‸",
        Some("dy"),
    ),
    (
        "go",
        "func TestServe(t *testing.T) {\n\tts := httptest.NewServer(h)\n\tresp, err := http.Get(ts.U‸)",
        Some("RL"),
    ),
    (
        "go",
        "func BenchmarkSort(b *testing.B) {\n\tdata := make([]int, 100)\n\tfor n := 0; n < b.‸",
        Some("N; n++ {"),
    ),
    ("go", "func fill(b *Buffer) {\n\tfor i := 0; i < b.‸", None),
    (
        "java",
        "import org.junit.jupiter.api.Test;\n\nclass ListTest {\n    @Test\n    void empty() {\n        assertFa‸",
        Some("lse()"),
    ),
    (
        "java",
        "import org.junit.jupiter.api.Test;\n\nclass ListTest {\n    @Test\n    void found() {\n        assertNotN‸",
        Some("ull()"),
    ),
    (
        "java",
        "import org.junit.jupiter.api.Test;\n\nclass ListTest {\n    @Test\n    void found() {\n        assertN‸",
        None,
    ),
    (
        "java",
        "class ListUtil {\n    void check() {\n        assertTr‸",
        None,
    ),
    (
        "java",
        "import static org.mockito.Mockito.*;\n\nclass ServiceTest {\n    @Test\n    void fails() {\n        when(repo.findAll()).thenThr‸",
        Some("ow()"),
    ),
    (
        "java",
        "import static org.mockito.Mockito.*;\n\nclass ServiceTest {\n    @Test\n    void skips() {\n        verify(repo, nev‸",
        Some("er()"),
    ),
    (
        "java",
        "import org.mockito.InjectMocks;\n\nclass ServiceTest {\n    @InjectM‸",
        Some("ocks"),
    ),
    (
        "java",
        "class ParserTest {\n    @ParameterizedTest\n    @CsvSo‸",
        Some("urce()"),
    ),
    (
        "java",
        "import org.junit.jupiter.api.BeforeE‸",
        Some("ach;"),
    ),
    ("java", "import org.junit.jupiter.api.Before‸", None),
    ("c", "#ifdef NDEB‸", Some("UG")),
    (
        "c",
        "#define LOG(msg) fprintf(stderr, \"%s:%d %s\\n\", __FI‸",
        Some("LE__"),
    ),
    (
        "c",
        "#define LOG(msg) fprintf(stderr, \"%s:%d %s\\n\", __F‸",
        None,
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main(void) {\n    asse‸",
        None,
    ),
    (
        "c",
        "#include <assert.h>\n\nstatic void test_push(void) {}\nstatic void test_pop(void) {}\nstatic void test_peek(void) {}\n\nint main(void) {\n    test_push();\n    test_pop();\n    test_‸",
        Some("peek();"),
    ),
    (
        "c",
        "#include <assert.h>\n\nvoid test_push(void) {}\nvoid test_pop(void) {}\n\nint main(void) {\n    test_push();\n    test_pop();\n    test_‸",
        None,
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main(void) {\n    fprintf(stde‸",
        Some("rr, "),
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main(void) {\n    int n;\n    printf(\"Enter a number: ‸",
        Some("\");"),
    ),
    (
        "cpp",
        "#include <gtest/gtest.h>\n\nTEST(Range, Near) {\n    EXPECT_NE‸",
        None,
    ),
    (
        "cpp",
        "#include <gtest/gtest.h>\n\nTEST(Stack, Empty) {\n    Stack s;\n    ASSERT_FA‸",
        Some("LSE()"),
    ),
    (
        "cpp",
        "#include <gtest/gtest.h>\n\nTEST(Stack, Throws) {\n    Stack s;\n    EXPECT_THR‸",
        Some("OW()"),
    ),
    (
        "cpp",
        "#include <catch2/catch_test_macros.hpp>\n\nTEST_CASE(\"stack\") {\n    Stack s;\n    CHECK_FA‸",
        Some("LSE()"),
    ),
    (
        "cpp",
        "#include <catch2/catch_test_macros.hpp>\n\nTEST_CASE(\"stack\") {\n    Stack s;\n    REQUIRE_THROWS_‸",
        Some("AS()"),
    ),
    (
        "cpp",
        "#include <gtest/gtest.h>\n\nclass ParserTest : public testing::Te‸",
        Some("st {"),
    ),
    (
        "cpp",
        "#include <gtest/gtest.h>\n\nTEST(Parse, Bad) {\n    EXPECT_THROW(parse(\"x\"), std::invalid_ar‸",
        Some("gument"),
    ),
    (
        "cpp",
        "#include <gtest/gtest.h>\n\nclass ParserTest : public ::testing::Test {\n protected:\n    void TearD‸",
        Some("own() override {"),
    ),
    ("cpp", "class Parser {\n    void SetU‸", None),
    ("cpp", "#define CATCH_CONFIG_RU‸", Some("NNER")),
    (
        "rust",
        "#[cfg(test)]\nmod tests {\n    #[test]\n    #[ig‸",
        Some("nore]"),
    ),
    (
        "rust",
        "#[cfg(test)]\nmod tests {\n    #[test]\n    #[should_p‸",
        Some("anic]"),
    ),
    (
        "rust",
        "#[cfg(test)]\nmod tests {\n    #[test]\n    fn bad_input() {\n        let e = \"x\".parse::<i32>().expect_e‸",
        Some("rr()"),
    ),
    (
        "rust",
        "#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn reads_config() -> Result<(), Box<dyn std::error::Error>> {\n        let config = Config::load(\"a.toml\")?;\n        assert_eq!(config.port, 8080);\n        ‸",
        Some("Ok(())"),
    ),
    (
        "rust",
        "fn load() -> Result<(), String> {\n    let n = parse(\"5\")?;\n    assert!(n > 0);\n    ‸",
        None,
    ),
    (
        "rust",
        "#[cfg(test)]\nmod tests {\n    #[test]\n    fn reads() -> Result<(), String> {\n        let n = parse(\"5\")?;\n        ‸",
        None,
    ),
    (
        "cpp",
        "#include <gtest/gtest.h>\n\nTEST(Queue, Empty) {\n    std::vector<int> items;\n    EXPECT_TRUE(items.emp‸)",
        Some("ty()"),
    ),
    (
        "cpp",
        "int main() {\n    std::vector<int> items;\n    items.emp‸",
        None,
    ),
    (
        "java",
        "import org.junit.jupiter.api.Test;\n\nclass NamesTest {\n    @Test\n    void keeps() {\n        List<String> names = new ArrayList<>();\n        assertFalse(names.con‸",
        Some("tains()"),
    ),
    (
        "rust",
        "#[cfg(test)]\nmod tests {\n    #[test]\n    fn empty() {\n        let v: Vec<i32> = Vec::new();\n        assert!(v.is_e‸",
        Some("mpty()"),
    ),
    ("rust", "#[cfg(fe‸", Some("ature")),
    ("rust", "#[cfg(not(te‸", Some("st")),
    ("rust", "#[cfg(te‸)]", Some("st")),
    ("rust", "fn main() {\n    let q = Queue::ne‸", Some("w()")),
    ("rust", "fn main() {\n    let q = Queue::n‸", None),
    ("rust", "fn main() {\n    let q = Queue::w‸", None),
    ("cpp", "#include <gmock/gm‸>", Some("ock.h")),
    ("cpp", "#include <catch2/catch_‸", None),
    ("cpp", "#include <catch2/catch_t‸", Some("est_macros.hpp>")),
    (
        "go",
        "func TestParse(t *testing.T) {\n\tfor _, tc := range cases {\n\t\tt.Run(tc.name, func(t *testing.‸",
        Some("T) {"),
    ),
    (
        "go",
        "func TestParse(t *testing.T) {\n\tfor _, tc := range cases {\n\t\tt.Run(tc.name, func(t *testing.‸)",
        Some("T"),
    ),
    (
        "python",
        "from unittest.mock import MagicMock, patch\n\n@pa‸",
        Some("tch()"),
    ),
    ("python", "import functools\n\n@pa‸", None),
    // Nineteenth round (r19b): JavaScript and TypeScript as projects write them day to day (`fs/promises` and `readline` members, a `stat`'s `isDirectory()`, a text file's encoding begun, `new` and a global class begun, an array method after `.map(...)`, a `Map`'s `entries()) {`, `clear` naming the one timer started, `event.prev` in a submit handler, an event's and a key's name begun with their quote, a router's `module.exports`, an error handler's `500)`, a list item's `key=`, TypeScript's declared types and DOM element types where a type is named, `typeof` naming without calling, a class field's array type, a stack's `push(` argument, and the loop variable never offered as the collection it walks).
    (
        "javascript",
        "import fs from 'fs/promises';\n\nconst data = await fs.readF‸",
        Some("ile()"),
    ),
    (
        "javascript",
        "const content = await readFile(filePath, 'ut‸')",
        Some("f8"),
    ),
    (
        "javascript",
        "const stats = await fs.stat(file);\nif (stats.isDir‸",
        Some("ectory()"),
    ),
    (
        "javascript",
        "import * as readline from 'node:readline/promises';\nconst rl = readline.createInterface({ input, output });\nconst answer = await rl.ques‸",
        Some("tion()"),
    ),
    (
        "javascript",
        "const controller = new AbortCon‸",
        Some("troller()"),
    ),
    (
        "javascript",
        "const ids = posts.map(p => p.id).fil‸",
        Some("ter()"),
    ),
    (
        "javascript",
        "const map = new Map();\nfor (const [key, value] of map.‸",
        Some("entries()) {"),
    ),
    (
        "javascript",
        "useEffect(() => {\n  const id = setInterval(() => setCount((c) => c + 1), 1000);\n  return () => clear‸",
        Some("Interval(id);"),
    ),
    (
        "javascript",
        "form.addEventListener('submit', (event) => {\n  event.prev‸",
        Some("entDefault()"),
    ),
    ("javascript", "btn.addEventListener('cl‸", Some("ick'")),
    (
        "javascript",
        "const router = express.Router();\n\nrouter.get('/', list);\n\nmodule.exports = ‸",
        Some("router;"),
    ),
    (
        "javascript",
        "app.use((err, req, res, next) => {\n  console.error(err.stack);\n  res.status(‸",
        Some("500)"),
    ),
    (
        "javascript",
        "<ul>\n  {items.map(item => <li key=‸",
        Some("{item.id}"),
    ),
    (
        "javascript",
        "{todos.map((todo) => (\n  <li key={todo.‸",
        Some("id}"),
    ),
    (
        "typescript",
        "interface User {\n  id: number;\n}\n\nasync function getUser(id: number): Promise<Us‸",
        Some("er>"),
    ),
    (
        "typescript",
        "function handleChange(e: React.ChangeEvent<HTMLInput‸",
        Some("Element>"),
    ),
    (
        "typescript",
        "const el = document.getElementById('app') as HTMLDiv‸",
        Some("Element"),
    ),
    (
        "typescript",
        "let timer: ReturnType<typeof setTime‸",
        Some("out"),
    ),
    (
        "typescript",
        "class Queue<T> {\n  private items: T[] = [];\n\n  get length(): number {\n    return this.items.len‸",
        Some("gth"),
    ),
    (
        "typescript",
        "interface ButtonProps {\n  label: string;\n  onClick?: () => void;\n}\n\nexport default function Button({ label, onClick }: Butt‸",
        Some("onProps"),
    ),
    (
        "typescript",
        "const btn = document.querySelector<HTMLButtonElement>('#save');\nbtn?.addEventListener('cli‸",
        Some("ck'"),
    ),
    (
        "typescript",
        "window.addEventListener('keydown', (e: KeyboardEvent) => {\n  if (e.key === 'Esc‸",
        Some("ape'"),
    ),
    (
        "typescript",
        "class Queue<T> {\n  private items: T[] = [];\n\n  enqueue(item: T): void {\n    this.items.push(‸)",
        Some("item"),
    ),
    (
        "javascript",
        "const btn = document.querySelector('‸')",
        None,
    ),
    ("javascript", "const line = parts.join('‸')", None),
    ("javascript", "const updated = { ...user, ‸ };", None),
    (
        "javascript",
        "const index = todos.findIndex((t) => t.id === ‸",
        None,
    ),
    ("typescript", "type Status = 'idle' | 'loading' | ‸", None),
    ("typescript", "const lookup: Record<string, ‸", None),
    ("typescript", "enum Direction {\n  Up,\n  Down,\n  ‸", None),
    (
        "javascript",
        "import fsp from 'node:fs/promises';\nconst entries = await fsp.readd‸",
        Some("ir()"),
    ),
    (
        "javascript",
        "const content = fs.readFileSync(file, \"ut‸\")",
        Some("f8"),
    ),
    (
        "javascript",
        "const a = fs.readFileSync(x, 'utf-8');\nconst b = fs.readFileSync(y, 'ut‸",
        Some("f-8');"),
    ),
    (
        "javascript",
        "const s = await fs.stat(p);\nconsole.log(s.si‸",
        Some("ze"),
    ),
    (
        "javascript",
        "const rl = readline.createInterface({ input: process.stdin });\nrl.o‸",
        Some("n()"),
    ),
    (
        "javascript",
        "const params = new URLSearchP‸",
        Some("arams()"),
    ),
    (
        "javascript",
        "class AbortConfig {}\nconst c = new AbortCon‸",
        Some("fig"),
    ),
    (
        "javascript",
        "const top = scores.sort((a, b) => b - a).sl‸",
        Some("ice()"),
    ),
    (
        "javascript",
        "const parts = line.split(',').ma‸",
        Some("p()"),
    ),
    (
        "javascript",
        "const x = foo(bar).map(baz).get(1).fil‸",
        None,
    ),
    (
        "javascript",
        "const scores = new Map();\nfor (const [name, score] of scores.‸",
        Some("entries()) {"),
    ),
    (
        "javascript",
        "const list = [];\nfor (const [a, b] of list.‸",
        None,
    ),
    (
        "javascript",
        "const items = [];\nfor (let item of it‸",
        Some("ems"),
    ),
    ("javascript", "for (const item of it‸", None),
    (
        "javascript",
        "const timer = setTimeout(save, 500);\nclear‸",
        Some("Timeout(timer);"),
    ),
    (
        "javascript",
        "const a = setTimeout(save, 500);\nconst b = setInterval(tick, 1000);\nclear‸",
        None,
    ),
    (
        "javascript",
        "form.addEventListener('submit', (evt) => {\n  evt.pre‸",
        Some("ventDefault()"),
    ),
    (
        "javascript",
        "button.addEventListener('click', (event) => {\n  event.prev‸",
        None,
    ),
    ("javascript", "link.addEventListener('cl‸')", Some("ick")),
    (
        "javascript",
        "window.addEventListener('keydown', (e) => {\n  if (e.key === \"Ent‸",
        Some("er\""),
    ),
    (
        "typescript",
        "input.addEventListener('keyup', (event) => {\n  if (event.key !== 'Esc‸')",
        Some("ape"),
    ),
    (
        "typescript",
        "app.use((err: Error, req: Request, res: Response, next: NextFunction) => {\n  res.status(‸",
        Some("500)"),
    ),
    (
        "javascript",
        "app.get('/', (req, res) => {\n  res.status(‸",
        None,
    ),
    (
        "javascript",
        "const express = require('express');\nconst api = express.Router();\n\napi.get('/', list);\n\nmodule.exports = ‸",
        Some("api;"),
    ),
    (
        "javascript",
        "{users.map((user) => (\n  <li key={user.‸",
        Some("id}"),
    ),
    (
        "javascript",
        "{users.map((user) => (\n  <li key={other.‸",
        None,
    ),
    (
        "javascript",
        "{products.map((product) => <Card key=‸",
        Some("{product.id}"),
    ),
    (
        "typescript",
        "interface UserProps {\n  name: string;\n}\n\nfunction User(props: UserP‸",
        Some("rops"),
    ),
    (
        "typescript",
        "const canvas = document.querySelector('#board') as HTMLCanv‸",
        Some("asElement"),
    ),
    (
        "typescript",
        "const ref = useRef<HTMLDiv‸",
        Some("Element>"),
    ),
    (
        "typescript",
        "const el = document.querySelector('li') as HTMLL‸",
        None,
    ),
    (
        "typescript",
        "let handle: ReturnType<typeof setInter‸",
        Some("val"),
    ),
    ("javascript", "const x = typeof setTime‸", Some("out")),
    (
        "typescript",
        "class Stack<T> {\n  private items: T[] = [];\n\n  push(item: T) {\n    this.items.push(‸)",
        Some("item"),
    ),
    (
        "python",
        "class Stack:\n    def __init__(self):\n        self.items = []\n\n    def push(self, item):\n        self.items.append(‸",
        Some("item)"),
    ),
    (
        "javascript",
        "class Stack {\n  constructor() {\n    this.items = [];\n  }\n\n  pop() {\n    this.items.push(‸",
        None,
    ),
    // Eighteenth round (r18b): JavaScript and TypeScript of real projects (Express and Koa middleware's `next();` and `next(err);`, a module's half-typed name from the names it binds, a React hook's one dependency, a setter's callback and argument, `process.exit(1)` after an error, `-1` after `indexOf`, a JSON `Content-Type`, a stream's `"data"`, a stored key read back, a string enum's next value, a mapped list's field, `clearInterval` half typed, a comparator's second operand, a caught error's members, `super` half typed, utility types' one interface, type guards' `undefined`, a generic payload's `T`, Jest's `toBe(` after arithmetic and `jest.fn()`).
    (
        "javascript",
        "const express = require(\"express\");\nconst app = exp‸",
        Some("ress"),
    ),
    (
        "javascript",
        "const express = require(\"express\");\nconst app = express();\napp.use(express.js‸",
        Some("on()"),
    ),
    (
        "javascript",
        "app.get(\"/users/:id\", (req, res) => {\n  const id = req.par‸",
        Some("ams"),
    ),
    (
        "javascript",
        "function logger(req, res, next) {\n  console.log(req.method, req.url);\n  ‸",
        Some("next();"),
    ),
    (
        "javascript",
        "app.use((err, req, res, next) => {\n  console.error(err.stack);\n  res.status(500).‸",
        None,
    ),
    (
        "javascript",
        "const express = require(\"express\");\nconst router = express.Rou‸",
        Some("ter()"),
    ),
    (
        "javascript",
        "const express = require(\"express\");\nconst router = express.Router();\n\nrouter.get(\"/\", (req, res) => res.send(\"ok\"));\n\nmodule.exports = rou‸",
        Some("ter"),
    ),
    (
        "javascript",
        "app.post(\"/login\", (req, res) => {\n  const { email, password } = req.b‸",
        Some("ody"),
    ),
    (
        "javascript",
        "const Koa = require(\"koa\");\nconst app = new K‸",
        Some("oa"),
    ),
    (
        "javascript",
        "app.use(async (ctx, next) => {\n  const start = Date.now();\n  await ne‸",
        Some("xt();"),
    ),
    (
        "javascript",
        "app.use(async (ctx, next) => {\n  const start = Date.now();\n  await next();\n  const ms = Date.now() - st‸",
        Some("art"),
    ),
    (
        "javascript",
        "app.get(\"/health\", (req, res) => res.sendSt‸",
        Some("atus()"),
    ),
    (
        "javascript",
        "router.get(\"/:id\", async (req, res, next) => {\n  try {\n    const item = await Item.findById(req.params.id);\n    res.json(item);\n  } catch (err) {\n    ne‸",
        Some("xt(err);"),
    ),
    (
        "javascript",
        "const port = process.env.PORT || ‸",
        Some("3000"),
    ),
    (
        "typescript",
        "import express, { Request, Response, NextFunction } from \"express\";\n\nfunction auth(req: Request, res: Response, next: Nex‸",
        Some("tFunction) {"),
    ),
    (
        "typescript",
        "import express, { Request, Response } from \"express\";\nconst app = express();\napp.get(\"/\", (req: Request, res: Res‸",
        Some("ponse) => {"),
    ),
    (
        "typescript",
        "app.use(express.json());\napp.use(cors(‸))",
        None,
    ),
    (
        "javascript",
        "import { useState, useEffect } from \"react\";\n\nfunction Counter() {\n  const [count, setCount] = useSt‸",
        Some("ate"),
    ),
    (
        "javascript",
        "function TodoList() {\n  const [items, setItems] = useState(‸)",
        Some("[]"),
    ),
    (
        "javascript",
        "function Form() {\n  const [name, setName] = useState(‸)",
        Some("\"\""),
    ),
    (
        "javascript",
        "function Modal() {\n  const [isOpen, setIsOpen] = useState(‸)",
        Some("false"),
    ),
    (
        "javascript",
        "function Profile() {\n  const [user, setUser] = useState(‸)",
        Some("null"),
    ),
    (
        "javascript",
        "function Counter() {\n  const [count, setCount] = useState(0);\n  useEffect(() => {\n    document.title = `Clicked ${count} times`;\n  }, [‸])",
        Some("count"),
    ),
    (
        "javascript",
        "function Clock() {\n  useEffect(() => {\n    const id = setInterval(tick, 1000);\n    return () => clearInt‸",
        Some("erval(id);"),
    ),
    (
        "javascript",
        "function Cart({ items }) {\n  const total = useMemo(() => items.reduce((sum, item) => sum + item.price, 0), [‸])",
        Some("items"),
    ),
    (
        "javascript",
        "function Greeting({ name }) {\n  return `Hello, ${na‸",
        Some("me"),
    ),
    (
        "javascript",
        "function Form() {\n  const [name, setName] = useState(\"\");\n  const handleChange = (e) => setName(e.target.‸",
        Some("value)"),
    ),
    (
        "javascript",
        "function Menu() {\n  const [open, setOpen] = useState(false);\n  const toggle = () => setOpen((prev) => ‸",
        Some("!prev);"),
    ),
    (
        "javascript",
        "function Counter() {\n  const [count, setCount] = useState(0);\n  const increment = () => setCount((c) => c + ‸",
        Some("1);"),
    ),
    (
        "javascript",
        "function TodoList() {\n  const [items, setItems] = useState([]);\n  const addItem = (item) => setItems([...items, ‸])",
        Some("item"),
    ),
    (
        "javascript",
        "function TodoList() {\n  const [items, setItems] = useState([]);\n  const removeItem = (id) => setItems(items.filter((item) => item.id !== ‸))",
        Some("id"),
    ),
    (
        "javascript",
        "function Input() {\n  const inputRef = useRef(‸)",
        Some("null"),
    ),
    (
        "javascript",
        "function Todos() {\n  const [todos, setTodos] = useState([]);\n  useEffect(() => {\n    fetch(\"/api/todos\")\n      .then((res) => res.json())\n      .then((data) => setTodos(‸))",
        Some("data"),
    ),
    (
        "javascript",
        "function Todos() {\n  const [todos, setTodos] = useState([]);\n  useEffect(() => {\n    fetch(\"/api/todos\")\n      .then((res) => res.json())\n      .then((data) => setTodos(data));\n  }, [‸])",
        None,
    ),
    (
        "javascript",
        "function useToggle(initial = false) {\n  const [value, setValue] = useState(initial);\n  const toggle = useCallback(() => setValue((v) => !v), []);\n  return [value, tog‸",
        Some("gle"),
    ),
    (
        "typescript",
        "function useFetch<T>(url: string) {\n  const [data, setData] = useState<T | null>(‸",
        Some("null)"),
    ),
    (
        "typescript",
        "function useFetch<T>(url: string) {\n  const [data, setData] = useState<T | null>(null);\n  const [error, setError] = useState<Error | null>(null);\n  useEffect(() => {\n    fetch(url)\n      .then((res) => res.json())\n      .then(setData)\n      .catch(set‸",
        Some("Error);"),
    ),
    (
        "typescript",
        "function useFetch<T>(url: string) {\n  const [data, setData] = useState<T | null>(null);\n  useEffect(() => {\n    fetch(url).then((res) => res.json()).then(setData);\n  }, [‸])",
        Some("url"),
    ),
    (
        "typescript",
        "interface Todo {\n  id: number;\n  title: string;\n}\n\nfunction TodoList() {\n  const [todos, setTodos] = useState<Todo[]>(‸)",
        Some("[]"),
    ),
    (
        "typescript",
        "type ButtonProps = {\n  label: string;\n  onClick: () => ‸",
        Some("void;"),
    ),
    (
        "javascript",
        "const fs = require(\"fs/promises\");\nconst path = require(\"p‸",
        Some("ath\");"),
    ),
    (
        "javascript",
        "const fs = require(\"fs/promises\");\n\nasync function load(filePath) {\n  const data = await fs.readFile(filePath, \"‸\")",
        Some("utf8"),
    ),
    (
        "javascript",
        "const path = require(\"path\");\nconst fullPath = path.join(__dir‸",
        Some("name"),
    ),
    (
        "javascript",
        "const args = process.argv.sl‸",
        Some("ice(2)"),
    ),
    (
        "javascript",
        "const [, , inputFile] = process.ar‸",
        Some("gv"),
    ),
    (
        "javascript",
        "const { exec } = require(\"child_‸",
        Some("process\")"),
    ),
    (
        "javascript",
        "exec(\"ls -la\", (error, stdout, stderr) => {\n  if (error) {\n    console.error(`exec error: ${err‸",
        Some("or"),
    ),
    (
        "javascript",
        "await fs.writeFile(\"out.json\", JSON.stringify(data, null, ‸))",
        Some("2"),
    ),
    (
        "javascript",
        "const files = await fs.readdir(dir);\nfor (const file of fi‸",
        Some("les"),
    ),
    (
        "javascript",
        "if (!fs.existsSync(dir)) {\n  fs.mkdirSync(dir, { recursive: ‸",
        Some("true })"),
    ),
    (
        "javascript",
        "process.on(\"SIGINT\", () => {\n  console.log(\"Shutting down\");\n  process.ex‸",
        Some("it()"),
    ),
    (
        "javascript",
        "const { spawn } = require(\"child_process\");\nconst child = spawn(\"node\", [\"script.js\"]);\nchild.stdout.on(\"‸\")",
        Some("data"),
    ),
    (
        "javascript",
        "const args = process.argv.slice(2);\nif (args.length === ‸",
        Some("0) {"),
    ),
    (
        "javascript",
        "const args = process.argv.slice(2);\nif (args.length < 1) {\n  console.error(\"Usage: node index.js <file>\");\n  process.exit(‸",
        Some("1);"),
    ),
    (
        "typescript",
        "import { readFile } from \"fs/prom‸",
        Some("ises\""),
    ),
    (
        "typescript",
        "const content = await readFile(path.join(__dirname, \"data.json\"), \"utf-8\");\nconst parsed = JSON.pa‸",
        Some("rse()"),
    ),
    (
        "typescript",
        "import path from \"path\";\nconst base = path.basen‸",
        Some("ame()"),
    ),
    (
        "javascript",
        "const fs = require(\"fs\");\nfs.readFile(\"notes.txt\", \"utf8\", (err, data) => {\n  if (err) throw ‸",
        Some("err;"),
    ),
    (
        "javascript",
        "const fs = require(\"fs\");\nfs.readFile(\"notes.txt\", \"utf8\", (err, data) => {\n  if (err) {\n    console.error(err);\n    ret‸",
        Some("urn;"),
    ),
    (
        "javascript",
        "const names = users.map((user) => user.na‸",
        Some("me)"),
    ),
    (
        "javascript",
        "const adults = people.filter((p) => p.age >= ‸",
        Some("18)"),
    ),
    (
        "javascript",
        "const total = cart.reduce((sum, item) => sum + item.price * item.quantity, ‸)",
        Some("0"),
    ),
    (
        "javascript",
        "function getUser(id) {\n  return users.find((u) => u.id === ‸",
        Some("id)"),
    ),
    (
        "javascript",
        "const hasAdmin = users.some((u) => u.role === \"‸\")",
        Some("admin"),
    ),
    (
        "javascript",
        "const sorted = [...nums].sort((a, b) => a ‸",
        Some("- b)"),
    ),
    (
        "javascript",
        "const sorted = users.sort((a, b) => a.name.localeCompare(‸))",
        Some("b.name"),
    ),
    (
        "javascript",
        "const tags = posts.flatMap((post) => post.‸",
        Some("tags)"),
    ),
    (
        "javascript",
        "const evens = numbers.filter((n) => n % 2 === ‸",
        Some("0)"),
    ),
    (
        "javascript",
        "const byId = items.reduce((acc, item) => {\n  acc[item.id] = item;\n  return ‸",
        Some("acc;"),
    ),
    (
        "javascript",
        "const ids = todos.filter((t) => t.done).map((t) => t.‸",
        Some("id)"),
    ),
    (
        "javascript",
        "const nums = [3, 1, 4];\nconst max = Math.max(...nu‸",
        Some("ms"),
    ),
    ("javascript", "const unique = [...new Set(tags)‸", Some("]")),
    (
        "javascript",
        "const sum = nums.reduce((a, b) => a + b, ‸",
        Some("0);"),
    ),
    (
        "javascript",
        "const allDone = todos.every((todo) => todo.‸",
        Some("done)"),
    ),
    (
        "javascript",
        "const idx = list.findIndex((x) => x.id === id);\nif (idx === ‸",
        Some("-1) {"),
    ),
    (
        "javascript",
        "const active = users.filter((u) => u.active).length;\nconsole.log(`${act‸",
        Some("ive"),
    ),
    (
        "javascript",
        "const prices = products.map((p) => p.price);\nconst cheapest = Math.min(...pri‸",
        Some("ces"),
    ),
    (
        "typescript",
        "const total: number = items.reduce((acc, item) => acc + item.qty, ‸",
        Some("0);"),
    ),
    ("typescript", "const first = items.slice(0, ‸", None),
    ("javascript", "const keys = Object.ke‸", Some("ys()")),
    (
        "javascript",
        "const doubled = Object.fromEntries(Object.entries(prices).map(([k, v]) => [k, v * 2])‸",
        Some(")"),
    ),
    (
        "javascript",
        "for (const [key, value] of Object.en‸",
        Some("tries()"),
    ),
    (
        "javascript",
        "Object.keys(counts).forEach((key) => {\n  console.log(key, counts[‸",
        Some("key])"),
    ),
    ("javascript", "const copy = { ...user, name: ‸", None),
    (
        "javascript",
        "function init(options) {\n  const settings = { ...defaults, ...opt‸",
        Some("ions"),
    ),
    (
        "javascript",
        "function show(person) {\n  const { name, age, ...rest } = per‸",
        Some("son"),
    ),
    ("javascript", "const { data: { user } } = resp‸", None),
    ("javascript", "const [first, ...rest] = ‸", None),
    (
        "javascript",
        "const counts = {};\nfor (const word of words) {\n  counts[word] = (counts[word] || 0) ‸",
        Some("+ 1;"),
    ),
    (
        "javascript",
        "const sorted = Object.entries(counts).sort((a, b) => b[1] - ‸",
        Some("a[1])"),
    ),
    (
        "typescript",
        "const entries = Object.entries(scores).sort(([, a], [, b]) => b ‸",
        Some("- a)"),
    ),
    ("typescript", "const values = Object.val‸", Some("ues()")),
    (
        "javascript",
        "class Dog extends Animal {\n  constructor(name) {\n    su‸",
        Some("per("),
    ),
    (
        "javascript",
        "class Rectangle {\n  constructor(width, height) {\n    this.width = width;\n    this.‸",
        Some("height = height;"),
    ),
    (
        "javascript",
        "const EventEmitter = require(\"events\");\n\nclass EventBus extends EventEmitter {\n  constructor() {\n    ‸",
        Some("super();"),
    ),
    (
        "javascript",
        "class User {\n  constructor(name, email) {\n    this.name = name;\n    this.email = email;\n  }\n\n  static fromJSON(json) {\n    return new ‸",
        Some("User("),
    ),
    (
        "javascript",
        "class Stack {\n  constructor() {\n    this.items = [];\n  }\n\n  push(item) {\n    this.items.‸",
        Some("push(item);"),
    ),
    (
        "javascript",
        "class Stack {\n  constructor() {\n    this.items = [];\n  }\n\n  pop() {\n    return this.items.‸",
        Some("pop();"),
    ),
    (
        "javascript",
        "class Stack {\n  constructor() {\n    this.items = [];\n  }\n\n  get size() {\n    return this.items.‸",
        Some("length;"),
    ),
    (
        "javascript",
        "class Stack {\n  constructor() {\n    this.items = [];\n  }\n\n  isEmpty() {\n    return this.items.length === ‸",
        Some("0;"),
    ),
    (
        "javascript",
        "class Animal {\n  speak() {\n    console.log(`${this.name} makes a sound.`);\n  }\n}\n\nclass Dog extends Animal {\n  speak() {\n    super.‸",
        Some("speak();"),
    ),
    (
        "javascript",
        "class Temperature {\n  constructor(celsius) {\n    this.celsius = celsius;\n  }\n\n  get fahrenheit() {\n    return this.cel‸",
        Some("sius"),
    ),
    (
        "typescript",
        "class Animal {\n  constructor(protected name: string) {}\n}\n\nclass Dog extends Animal {\n  constructor(name: string) {\n    ‸",
        Some("super(name)"),
    ),
    (
        "typescript",
        "class Counter {\n  private count = 0;\n\n  increment(): void {\n    this.count‸",
        Some("++;"),
    ),
    (
        "typescript",
        "class ApiError extends Error {\n  constructor(public status: number, message: string) {\n    super(mes‸",
        Some("sage"),
    ),
    (
        "javascript",
        "const EventEmitter = require(\"ev‸",
        Some("ents\")"),
    ),
    (
        "javascript",
        "const emitter = new EventEmitter();\nemitter.on(\"message\", (msg) => {\n  console.log(msg);\n});\nemitter.em‸",
        Some("it()"),
    ),
    (
        "javascript",
        "const timer = setTimeout(() => console.log(\"done\"), 1000);\nclearTimeout(ti‸",
        Some("mer"),
    ),
    (
        "javascript",
        "const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ‸",
        Some("ms))"),
    ),
    (
        "javascript",
        "const id = setInterval(() => {\n  count++;\n  if (count === 5) clearInterval(‸",
        Some("id);"),
    ),
    (
        "javascript",
        "function debounce(fn, delay) {\n  let timer;\n  return (...args) => {\n    clearTimeout(timer);\n    timer = setTimeout(() => fn(...ar‸",
        Some("gs"),
    ),
    (
        "typescript",
        "const emitter = new EventEmitter();\nconst chunks: Buffer[] = [];\nemitter.on(\"data\", (chunk: Buffer) => {\n  chunks.pu‸",
        Some("sh()"),
    ),
    (
        "typescript",
        "const controller = new AbortController();\nconst timeout = setTimeout(() => controller.ab‸",
        Some("ort()"),
    ),
    (
        "typescript",
        "server.on(\"connection\", (socket) => {\n  socket.on(\"‸\")",
        None,
    ),
    (
        "javascript",
        "const todos = [];\nlocalStorage.setItem(\"todos\", JSON.stringify(to‸",
        Some("dos"),
    ),
    (
        "javascript",
        "localStorage.setItem(\"todos\", JSON.stringify(todos));\nconst saved = JSON.parse(localStorage.getItem(\"‸\"))",
        Some("todos"),
    ),
    ("javascript", "localStorage.removeItem(‸)", None),
    (
        "javascript",
        "const res = await fetch(url);\nconst json = await res.js‸",
        Some("on()"),
    ),
    (
        "javascript",
        "async function getUsers() {\n  const res = await fetch(\"/api/users\");\n  if (!res.ok) {\n    throw new Error(`HTTP error ${res.sta‸",
        Some("tus"),
    ),
    (
        "javascript",
        "async function load(url) {\n  try {\n    const res = await fetch(url);\n    const data = await res.json();\n    return data;\n  } catch (err) {\n    console.error(‸",
        Some("err"),
    ),
    (
        "javascript",
        "const res = await fetch(url, {\n  method: \"POST\",\n  headers: { \"Content-Type\": \"‸\" },",
        Some("application/json"),
    ),
    (
        "typescript",
        "interface User {\n  id: number;\n  name: string;\n}\n\nasync function fetchUser(id: number): Promise<User> {\n  const res = await fetch(`/api/users/${id}`);\n  return (await res.json()) as ‸",
        Some("User;"),
    ),
    (
        "typescript",
        "async function getPosts(): Promise<Post[]> {\n  const res = await fetch(\"/api/posts\");\n  return res.‸",
        Some("json()"),
    ),
    (
        "typescript",
        "try {\n  await save(data);\n} catch (error) {\n  if (error instanceof ‸",
        Some("Error) {"),
    ),
    (
        "typescript",
        "try {\n  await save(data);\n} catch (err) {\n  const message = err instanceof Error ? err.mes‸",
        Some("sage"),
    ),
    (
        "typescript",
        "async function getJson<T>(url: string): Promise<T> {\n  const res = await fetch(url);\n  if (!res.ok) throw new Error(res.statusText);\n  return res.json() as Promise<‸",
        Some("T>;"),
    ),
    (
        "typescript",
        "interface User {\n  id: number;\n  name: string;\n  email: str‸",
        Some("ing"),
    ),
    (
        "typescript",
        "interface Todo {\n  id: number;\n  title: string;\n  completed: ‸",
        Some("boolean;"),
    ),
    (
        "typescript",
        "function identity<T>(value: T): ‸",
        Some("T {"),
    ),
    (
        "typescript",
        "enum Direction {\n  Up,\n  Down,\n  Left,\n  ‸",
        Some("Right,"),
    ),
    (
        "typescript",
        "enum Color {\n  Red = \"RED\",\n  Green = \"GREEN\",\n  Blue = \"‸\"",
        Some("BLUE"),
    ),
    (
        "typescript",
        "function isString(value: unknown): value is ‸",
        Some("string {"),
    ),
    (
        "typescript",
        "interface User {\n  id: number;\n  name: string;\n}\n\ntype PartialUser = Partial<‸>",
        Some("User"),
    ),
    (
        "typescript",
        "interface User {\n  id: number;\n  name: string;\n  email: string;\n}\n\ntype UserPreview = Pick<User, \"id\" | \"‸\">",
        None,
    ),
    (
        "typescript",
        "function getProperty<T, K extends keyof ‸",
        Some("T>"),
    ),
    (
        "typescript",
        "function reducer(state: State, action: Action): State {\n  switch (action.‸",
        Some("type) {"),
    ),
    (
        "typescript",
        "interface ApiResponse<T> {\n  data: ‸",
        Some("T;"),
    ),
    (
        "typescript",
        "interface Todo {\n  id: number;\n  title: string;\n}\n\nfunction updateTodo(id: number, changes: Partial<‸>)",
        Some("Todo"),
    ),
    (
        "typescript",
        "interface User {\n  id: number;\n  name: string;\n}\n\nconst users: User[] = ‸",
        Some("[];"),
    ),
    ("typescript", "const cache = new Map<string, ‸>()", None),
    (
        "typescript",
        "interface User {\n  id: number;\n  role: \"admin\" | \"user\";\n}\n\nconst isAdmin = (user: User): boolean => user.role === \"‸\"",
        Some("admin"),
    ),
    (
        "typescript",
        "type Shape = Circle | Square;\n\nfunction area(shape: Shape): number {\n  if (shape.kind === \"‸\"",
        None,
    ),
    (
        "typescript",
        "export type Theme = \"light\" | \"dark\";\nlet current: Theme = \"‸\"",
        None,
    ),
    (
        "typescript",
        "interface Config {\n  port: number;\n  host: string;\n}\n\nconst defaults: Readonly<Con‸",
        Some("fig>"),
    ),
    (
        "typescript",
        "function isDefined<T>(value: T | undefined): value is T {\n  return value !== ‸",
        Some("undefined"),
    ),
    (
        "typescript",
        "const names = users.map((u) => u.name).filter((n): n is string => n !== ‸",
        Some("undefined)"),
    ),
    (
        "javascript",
        "const sum = require(\"./sum\");\n\ntest(\"adds 1 + 2 to equal 3\", () => {\n  expect(sum(1, 2)).toB‸",
        Some("e(3)"),
    ),
    ("javascript", "expect(result).toEqual(‸)", None),
    (
        "javascript",
        "test(\"throws on empty input\", () => {\n  expect(() => parse(\"\")).toTh‸",
        Some("row()"),
    ),
    ("javascript", "beforeEach(() => {\n  ‸", None),
    ("javascript", "const mockFn = jest.f‸", Some("n()")),
    (
        "javascript",
        "expect(mockFn).toHaveBeenCalledTi‸",
        Some("mes()"),
    ),
    (
        "typescript",
        "import { describe, it, expect } from \"vit‸",
        Some("est\""),
    ),
    (
        "typescript",
        "import { describe, it, expect } from \"vitest\";\nimport { add } from \"./math\";\n\ndescribe(\"add\", () => {\n  it(\"adds two numbers\", () => {\n    expect(add(2, 3)).toBe(‸",
        Some("5);"),
    ),
    (
        "typescript",
        "it(\"returns undefined for a missing key\", () => {\n  expect(cache.get(\"missing\")).toBeUnd‸",
        Some("efined()"),
    ),
    (
        "typescript",
        "describe(\"formatDate\", () => {\n  it(\"formats ISO dates\", () => {\n    expect(formatDate(\"2024-01-05\")).toBe(\"‸\")",
        None,
    ),
    (
        "typescript",
        "import { vi } from \"vitest\";\nconst spy = vi.f‸",
        Some("n()"),
    ),
    (
        "typescript",
        "it(\"calls the callback\", () => {\n  const cb = vi.fn();\n  run(cb);\n  expect(cb).toHaveBeenCalled‸",
        Some("()"),
    ),
    (
        "typescript",
        "it(\"fetches the user\", async () => {\n  const user = await fetchUser(1);\n  expect(user.name).toBe(\"‸\")",
        None,
    ),
    ("javascript", "const os = require(\"o‸\")", Some("s")),
    (
        "javascript",
        "const { spawn } = require(\"chi‸",
        Some("ld_process\")"),
    ),
    (
        "typescript",
        "import { useState, useEffect } from \"re‸\";",
        Some("act"),
    ),
    ("typescript", "import { readFile } from \"f‸", None),
    (
        "javascript",
        "const { exec, readFileSync } = require(\"c‸",
        None,
    ),
    (
        "javascript",
        "function requireAuth(req, res, next) {\n  if (!req.user) {\n    return res.status(401).end();\n  }\n  ‸",
        Some("next();"),
    ),
    (
        "javascript",
        "app.use((req, res, next) => {\n  req.requestTime = Date.now();\n  ‸",
        Some("next();"),
    ),
    (
        "javascript",
        "app.get(\"/\", (req, res) => {\n  console.log(req.url);\n  ‸",
        None,
    ),
    (
        "javascript",
        "function logger(req, res, next) {\n  console.log(req.url);\n  next();\n  ‸",
        None,
    ),
    (
        "javascript",
        "app.get(\"/users\", (req, res, next) => {\n  const users = db.all();\n  res.json(users);\n  ‸",
        None,
    ),
    (
        "javascript",
        "app.use(async (ctx, next) => {\n  console.log(ctx.path);\n  ‸",
        Some("await next();"),
    ),
    (
        "javascript",
        "app.get(\"/users\", async (req, res, next) => {\n  try {\n    res.json(await User.find());\n  } catch (error) {\n    ‸",
        Some("next(error);"),
    ),
    (
        "javascript",
        "function Search({ query }) {\n  useEffect(() => {\n    fetch(`/api/search?q=${query}`);\n  }, [‸",
        Some("query]);"),
    ),
    (
        "javascript",
        "function Chart({ data, width }) {\n  useEffect(() => {\n    draw(data, width);\n  }, [‸])",
        None,
    ),
    (
        "javascript",
        "function Form() {\n  const [text, setText] = useState(\"\");\n  const clear = useCallback(() => setText(\"\"), [‸])",
        None,
    ),
    (
        "javascript",
        "function Title({ title }) {\n  useEffect(() => {\n    document.title = title;\n  }, [‸]);",
        Some("title"),
    ),
    (
        "javascript",
        "function Profile({ id }) {\n  const [user, setUser] = useState(null);\n  const [error, setError] = useState(null);\n  useEffect(() => {\n    fetchUser(id).then(setUser).catch(se‸",
        Some("tError);"),
    ),
    (
        "javascript",
        "if (!file) {\n  console.error(\"missing file\");\n  process.exit(‸)",
        Some("1"),
    ),
    ("javascript", "console.log(\"bye\");\nprocess.exit(‸", None),
    (
        "javascript",
        "const pos = names.indexOf(name);\nif (pos !== ‸",
        Some("-1) {"),
    ),
    ("javascript", "const n = list.length;\nif (n === ‸", None),
    (
        "javascript",
        "fetch(url, {\n  method: 'POST',\n  headers: { 'Content-Type': '‸' },",
        Some("application/json"),
    ),
    (
        "javascript",
        "const proc = spawn(\"ls\");\nproc.stderr.on(\"‸\")",
        Some("data"),
    ),
    ("javascript", "server.on(\"‸\")", None),
    (
        "javascript",
        "localStorage.setItem('cart', JSON.stringify(cart));\nconst saved = JSON.parse(localStorage.getItem('‸",
        Some("cart'));"),
    ),
    (
        "javascript",
        "localStorage.setItem(\"theme\", theme);\nlocalStorage.setItem(\"lang\", lang);\nconst saved = localStorage.getItem(\"‸\")",
        None,
    ),
    (
        "typescript",
        "enum Level {\n  Debug = \"debug\",\n  Info = \"info\",\n  Warn = \"‸\"",
        Some("warn"),
    ),
    (
        "typescript",
        "enum Code {\n  Ok = \"OK\",\n  NotFound = \"not_found\",\n  Failed = \"‸\"",
        None,
    ),
    (
        "javascript",
        "const emails = users.map((u) => u.em‸",
        Some("ail)"),
    ),
    (
        "javascript",
        "const allPaid = orders.every((o) => o.‸",
        Some("paid)"),
    ),
    (
        "javascript",
        "const items = orders.flatMap((order) => order.‸",
        Some("items)"),
    ),
    ("javascript", "const names = users.map((u) => u.‸", None),
    (
        "javascript",
        "const timer = setTimeout(save, 500);\nclearTim‸",
        Some("eout(timer);"),
    ),
    (
        "javascript",
        "const ranked = scores.sort((x, y) => y ‸",
        Some("- x)"),
    ),
    (
        "javascript",
        "try {\n  run();\n} catch (error) {\n  console.error(error.mes‸",
        Some("sage"),
    ),
    (
        "javascript",
        "class Admin extends User {\n  constructor(name, level) {\n    sup‸",
        Some("er("),
    ),
    (
        "javascript",
        "class Store extends EventEmitter {\n  constructor() {\n    ‸",
        Some("super()"),
    ),
    (
        "javascript",
        "function Panel() {\n  const [visible, setVisible] = useState(true);\n  const toggle = () => setVisible((v) => ‸",
        Some("!v);"),
    ),
    (
        "javascript",
        "function Form() {\n  const [name, setName] = useState(\"\");\n  const reset = () => setName((n) => ‸",
        None,
    ),
    (
        "javascript",
        "useEffect(() => {\n  fetch(\"/api/users\")\n    .then((res) => res.json())\n    .then((json) => setUsers(‸))",
        Some("json"),
    ),
    (
        "javascript",
        "function Todos() {\n  const [todos, setTodos] = useState([]);\n  const addTodo = (todo) => setTodos([...todos, ‸])",
        Some("todo"),
    ),
    (
        "javascript",
        "Object.keys(prices).forEach((item) => {\n  total += prices[‸",
        Some("item]"),
    ),
    (
        "typescript",
        "interface Todo {\n  id: number;\n  done: boolean;\n}\n\ntype FrozenTodo = Readonly<‸>",
        Some("Todo"),
    ),
    (
        "typescript",
        "interface Todo {\n  id: number;\n}\n\ninterface User {\n  id: number;\n}\n\ntype Draft = Partial<‸>",
        None,
    ),
    (
        "typescript",
        "function pick<T, K extends keyof ‸",
        Some("T>"),
    ),
    (
        "typescript",
        "function isPresent<T>(x: T | null): x is T {\n  return x !== ‸",
        Some("null"),
    ),
    (
        "typescript",
        "interface Result<T> {\n  value: ‸",
        Some("T;"),
    ),
    ("typescript", "interface Box {\n  value: ‸", None),
    (
        "javascript",
        "const isDone = task.status === \"‸\"",
        Some("done"),
    ),
    (
        "javascript",
        "const isLoggedIn = user.state === \"‸\"",
        None,
    ),
    (
        "typescript",
        "class Counter {\n  private count = 0;\n\n  decrement(): void {\n    this.count‸",
        Some("--;"),
    ),
    (
        "javascript",
        "fs.readdir(dir, (error, files) => {\n  if (error) {\n    console.error(error);\n    re‸",
        Some("turn;"),
    ),
    (
        "javascript",
        "class Point {\n  constructor(x, y) {\n    this.x = x;\n    this.y = y;\n  }\n\n  static origin() {\n    return new ‸",
        Some("Point("),
    ),
    (
        "javascript",
        "test(\"multiplies\", () => {\n  expect(multiply(3, 4)).toBe(‸)",
        Some("12"),
    ),
    (
        "javascript",
        "test(\"adds\", () => {\n  expect(add(2, 2)).toB‸",
        Some("e(4)"),
    ),
    (
        "javascript",
        "fs.readFile(file, (error, text) => {\n  if (error) throw ‸",
        Some("error"),
    ),
    ("javascript", "const spy = jest.spyO‸", Some("n()")),
    (
        "javascript",
        "const EventEmitter = require(\"events\");\nconst bus = new EventEmitter();\nbus.em‸",
        Some("it()"),
    ),
    (
        "javascript",
        "const path = require(\"path\");\nconst file = path.resolve(__dir‸",
        Some("name"),
    ),
    (
        "typescript",
        "async function load(): Promise<Todo[]> {\n  const res = await fetch(\"/todos\");\n  return (await res.json()) as ‸",
        Some("Todo[];"),
    ),
    // Seventeenth round (r17d): a learner's classes and small web and data programs in Python, JavaScript and TypeScript (a property's hidden attribute and its setter's value, `@class` -> `method`, `isinstance(other, ` -> the class, a static factory's type, an import's module from its bindings, Express handlers' parameters and `req.params.`, a count's default, a sum's start and a reducer's accumulator, a typed `useState`, pytest's parametrized parameters, path keywords, a dict entry named for a parameter).
    (
        "python",
        "class User:\n    def __init__(self, name):\n        self._name = name\n\n    @property\n    def name(self):\n        return self.‸",
        Some("_name"),
    ),
    (
        "python",
        "class User:\n    def __init__(self, name):\n        self._name = name\n\n    @property\n    def name(self):\n        return self._name\n\n    @name.‸",
        Some("setter"),
    ),
    (
        "python",
        "class User:\n    def __init__(self, name):\n        self._name = name\n\n    @property\n    def name(self):\n        return self._name\n\n    @name.setter\n    def name(self, value):\n        self._name = ‸",
        Some("value"),
    ),
    ("python", "class Temperature:\n    @class‸", Some("method")),
    (
        "python",
        "from dataclasses import dataclass, ‸",
        Some("field"),
    ),
    (
        "python",
        "counts = {}\nfor word in words:\n    counts[word] = counts.get(word, 0) ‸",
        Some("+ 1"),
    ),
    ("python", "by_length = sorted(words, key=‸", None),
    ("python", "from pathlib import ‸", Some("Path")),
    (
        "python",
        "from pathlib import Path\n\ntext = Path(\"notes.txt\").read_text(encoding=‸)",
        Some("\"utf-8\""),
    ),
    (
        "python",
        "out_dir = Path(\"build\")\nout_dir.mkdir(parents=True, ‸",
        Some("exist_ok=True)"),
    ),
    (
        "python",
        "from fastapi import FastAPI\n\napp = ‸",
        Some("FastAPI()"),
    ),
    (
        "python",
        "from fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get(\"/items/{item_id}\")\nasync def read_item(‸",
        Some("item_id: int):"),
    ),
    (
        "python",
        "@app.get(\"/items/{item_id}\")\nasync def read_item(item_id: int):\n    return {\"item_id\": ‸",
        Some("item_id"),
    ),
    (
        "python",
        "@pytest.mark.parametrize(\"a, b, expected\", [\n    (1, 2, 3),\n    (2, 3, 5),\n])\ndef test_add(‸",
        Some("a, b, expected):"),
    ),
    (
        "python",
        "def test_divide_by_zero():\n    with pytest.‸",
        Some("raises()"),
    ),
    (
        "python",
        "class Point:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n\n    def __eq__(self, other):\n        if not isinstance(other, ‸",
        Some("Point):"),
    ),
    ("python", "total = sum(item.price for item in ‸", None),
    // Answered since r19f: the first argument named as the first variable's plural names the second the same way.
    (
        "python",
        "for name, score in zip(names, ‸",
        Some("scores):"),
    ),
    (
        "javascript",
        "class Account {\n  set balance(value) {\n    this._balance = ‸",
        Some("value"),
    ),
    ("javascript", "class Counter {\n  static create(‸", None),
    (
        "javascript",
        "const rounded = Math.round(value * 100) / ‸",
        Some("100"),
    ),
    ("javascript", "app.get(\"/\", (req, ‸", Some("res) => {")),
    (
        "javascript",
        "app.get(\"/users/:id\", (req, res) => {\n  const id = req.params.‸",
        Some("id"),
    ),
    (
        "javascript",
        "app.use((err, req, res, ‸",
        Some("next) => {"),
    ),
    (
        "javascript",
        "  if (!response.ok) {\n    throw new Error(`HTTP error! status: ${response.‸",
        Some("status"),
    ),
    (
        "javascript",
        "const grouped = items.reduce((acc, item) => {\n  (acc[item.category] ||= []).push(item);\n  return ‸",
        Some("acc;"),
    ),
    (
        "javascript",
        "const total = items.reduce((sum, item) => sum + item.price, ‸",
        Some("0);"),
    ),
    (
        "javascript",
        "const map = new Map();\nfor (const key of keys) {\n  map.set(key, (map.get(key) || ‸",
        Some("0) + 1);"),
    ),
    ("javascript", "describe(\"Calculator\", () => {\n  ‸", None),
    ("javascript", "const { data } = await axios.‸", None),
    ("typescript", "type Status = \"active\" | ‸", None),
    (
        "typescript",
        "class Person {\n  constructor(public name: string) {}\n\n  static fromJSON(json: string): ‸",
        Some("Person {"),
    ),
    (
        "typescript",
        "const [items, setItems] = useState<string[]>(‸)",
        Some("[]"),
    ),
    (
        "typescript",
        "const [user, setUser] = useState<User | null>(‸)",
        Some("null"),
    ),
    (
        "typescript",
        "import express, { Request, Response } from \"‸",
        Some("express\""),
    ),
    (
        "typescript",
        "app.get(\"/health\", (req: Request, res: ‸",
        Some("Response) => {"),
    ),
    (
        "typescript",
        "import { Request, Response, NextFunction } from \"express\";\n\nfunction auth(req: Request, res: Response, next: ‸",
        Some("NextFunction) {"),
    ),
    ("typescript", "vi.spyOn(console, \"‸", None),
    (
        "typescript",
        "const counts = new Map<string, number>();\nfor (const w of words) counts.set(w, (counts.get(w) ?? ‸",
        Some("0) + 1);"),
    ),
    (
        "typescript",
        "const names = users.map((user) => user.‸",
        None,
    ),
    ("typescript", "function greet(user: User): ‸", None),
    ("typescript", "console.log(`${name.padEnd(‸", None),
    (
        "python",
        "class Account:\n    def __init__(self, balance):\n        self._balance = balance\n\n    @property\n    def balance(self):\n        return self.‸",
        Some("_balance"),
    ),
    (
        "python",
        "class Account:\n    def __init__(self, balance):\n        self._balance = balance\n\n    @property\n    def balance(self):\n        return self._b‸",
        Some("alance"),
    ),
    (
        "python",
        "class Account:\n    def __init__(self, balance):\n        self.balance = balance\n\n    def balance_of(self):\n        return self.‸",
        None,
    ),
    (
        "python",
        "class Account:\n    def __init__(self, balance):\n        self._balance = balance\n\n    @property\n    def balance(self):\n        return self._balance\n\n    @balance.setter\n    def balance(self, amount):\n        self._balance = ‸",
        Some("amount"),
    ),
    (
        "python",
        "class Account:\n    @property\n    def balance(self):\n        return self._balance\n\n    @balance.setter\n    def balance(self, amount):\n        self._balance = amount\n\n    @balance.‸",
        None,
    ),
    (
        "python",
        "class Account:\n    def balance(self):\n        return 0\n\n    @balance.‸",
        None,
    ),
    (
        "python",
        "class Money:\n    def __init__(self, cents):\n        self.cents = cents\n\n    def __lt__(self, other):\n        return isinstance(other, ‸",
        Some("Money)"),
    ),
    (
        "python",
        "class Money:\n    def __init__(self, cents):\n        self.cents = cents\n\n    def add(self, other):\n        return isinstance(other, ‸",
        None,
    ),
    ("python", "class Money:\n    @prop‸", Some("erty")),
    ("python", "class Money:\n    @st‸", None),
    (
        "javascript",
        "class Thermostat {\n  set target(degrees) {\n    this._target = ‸",
        Some("degrees"),
    ),
    (
        "javascript",
        "class Thermostat {\n  set target(degrees) {\n    this.other = ‸",
        None,
    ),
    (
        "typescript",
        "class Money {\n  constructor(public cents: number) {}\n\n  static fromString(text: string): ‸",
        Some("Money {"),
    ),
    (
        "typescript",
        "class Money {\n  constructor(public cents: number) {}\n\n  static compare(a: Money, b: Money): ‸",
        None,
    ),
    ("javascript", "import axios from \"‸", Some("axios\"")),
    (
        "typescript",
        "import React, { useState } from '‸'",
        Some("react"),
    ),
    (
        "javascript",
        "import { useEffect, useRef } from \"‸\"",
        Some("react"),
    ),
    ("typescript", "import { Router } from \"‸", None),
    ("javascript", "import React from \"re‸", Some("act\"")),
    ("python", "from pathlib import ‸", Some("Path")),
    (
        "python",
        "from dataclasses import dataclass, ‸",
        Some("field"),
    ),
    (
        "python",
        "from fastapi import FastAPI\n\napp = FastAPI()\n\nother = ‸",
        None,
    ),
    (
        "javascript",
        "router.post(\"/login\", async (req, ‸",
        Some("res) => {"),
    ),
    (
        "javascript",
        "router.post(\"/login\", async (req, ‸)",
        Some("res"),
    ),
    ("javascript", "app.get(\"/\", (req, r‸", Some("es) => {")),
    ("javascript", "const handler = (req, ‸", None),
    (
        "javascript",
        "app.use(function (err, req, res, ‸",
        Some("next) {"),
    ),
    (
        "typescript",
        "export function requireLogin(req: Request, res: Response, next: ‸",
        Some("NextFunction) {"),
    ),
    (
        "typescript",
        "router.get(\"/\", (req: Request, res: ‸)",
        Some("Response"),
    ),
    (
        "javascript",
        "router.delete(\"/posts/:postId\", (req, res) => {\n  const post = posts.find((p) => p.id === Number(req.params.‸",
        Some("postId))"),
    ),
    (
        "javascript",
        "app.get(\"/users/:id/posts/:postId\", (req, res) => {\n  const id = req.params.‸",
        None,
    ),
    (
        "javascript",
        "async function load(res) {\n  if (!res.ok) {\n    throw new Error(`Request status: ${res.‸",
        Some("status"),
    ),
    (
        "javascript",
        "for (const ch of text) {\n  freq[ch] = (freq[ch] ?? ‸",
        Some("0) + 1"),
    ),
    (
        "javascript",
        "for (const ch of text) {\n  freq[ch] = (freq[ch] ?? ‸)",
        Some("0"),
    ),
    (
        "typescript",
        "const seen = new Map<string, number>();\nfor (const name of names) {\n  seen.set(name, (seen.get(name) || ‸",
        Some("0) + 1);"),
    ),
    ("javascript", "const value = (input || ‸", None),
    ("javascript", "totals[k] = (other[k] || ‸", None),
    (
        "python",
        "for ch in text:\n    freq[ch] = freq.get(ch, 0) ‸",
        Some("+ 1"),
    ),
    (
        "python",
        "for ch in text:\n    freq[ch] = other.get(ch, 0) ‸",
        None,
    ),
    (
        "javascript",
        "const product = numbers.reduce((acc, n) => acc * n, ‸",
        None,
    ),
    (
        "javascript",
        "const longest = words.reduce((a, b) => (a.length > b.length ? a : b), ‸",
        None,
    ),
    (
        "javascript",
        "const byId = users.reduce((map, user) => {\n  map[user.id] = user;\n  return ‸",
        Some("map;"),
    ),
    (
        "javascript",
        "const byId = users.reduce((map, user) => {\n  return ‸",
        None,
    ),
    (
        "typescript",
        "const [count, setCount] = useState<number>(‸)",
        Some("0"),
    ),
    (
        "typescript",
        "const [open, setOpen] = useState<boolean>(‸",
        Some("false)"),
    ),
    (
        "typescript",
        "const [posts, setPosts] = useState<Array<Post>>(‸)",
        Some("[]"),
    ),
    (
        "typescript",
        "const [mode, setMode] = useState<Mode>(‸)",
        None,
    ),
    (
        "python",
        "import pytest\n\n@pytest.mark.parametrize(\"text, expected\", [\n    (\"abc\", \"cba\"),\n])\ndef test_reverse(‸",
        Some("text, expected):"),
    ),
    (
        "python",
        "import pytest\n\n@pytest.mark.parametrize(\"n\", [1, 2, 3])\ndef test_positive(‸)",
        Some("n"),
    ),
    ("python", "def helper():\n    with pytest.‸", None),
    (
        "python",
        "def make_user(name, email):\n    return {\"name\": name, \"email\": ‸",
        Some("email"),
    ),
    (
        "python",
        "def make_user(name):\n    return {\"id\": ‸",
        None,
    ),
    (
        "python",
        "logs = Path(\"logs\")\nlogs.mkdir(parents=True, ‸)",
        Some("exist_ok=True"),
    ),
    (
        "python",
        "with open(\"names.txt\", encoding=‸",
        Some("\"utf-8\")"),
    ),
    ("python", "df = pd.read_csv(\"a.csv\", encoding=‸", None),
    (
        "javascript",
        "const price = Math.round(total * 1000) / ‸",
        Some("1000"),
    ),
    ("javascript", "const half = Math.round(total * 2) / ‸", None),
    (
        "python",
        "from flask import Flask\n\napp = Flask(__name__)\n\n@app.route(\"/\")\nasync def index(‸",
        None,
    ),
    (
        "javascript",
        "app.get(\"/\", function(req, ‸",
        Some("res) {"),
    ),
    // Fourteenth round (d): lists and maps each language's one way (zip of plurals, a set's unique elements, a word count's entry, a join's separator, a stream's collector) and the first async programs.
    (
        "python",
        "import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n\nasyncio.run(‸",
        Some("main())"),
    ),
    (
        "python",
        "import asyncio\n\nasync def fetch():\n    pass\n\nasyncio.run(‸",
        None,
    ),
    (
        "python",
        "pairs = sorted(scores.items(), key=lambda item: ‸",
        Some("item[1])"),
    ),
    ("python", "ordered = sorted(names, key=lambda name: ‸", None),
    (
        "python",
        "names = [\"a\", \"b\"]\nages = [1, 2]\nfor name, age in zip(‸",
        Some("names, ages):"),
    ),
    (
        "python",
        "names = [\"a\", \"b\"]\nfor name, age in zip(‸",
        None,
    ),
    (
        "javascript",
        "const nums = [1, 2, 2, 3];\nconst unique = [...new Set(‸",
        Some("nums)];"),
    ),
    (
        "javascript",
        "const a = [1];\nconst b = [2];\nconst unique = [...new Set(‸",
        None,
    ),
    (
        "rust",
        "use std::collections::HashMap;\n\nfn main() {\n    let mut counts = HashMap::new();\n    for word in text.split_whitespace() {\n        *counts.entry(word).or_insert(‸",
        Some("0) += 1;"),
    ),
    (
        "rust",
        "use std::collections::HashMap;\n\nfn main() {\n    let mut groups = HashMap::new();\n    groups.entry(key).or_insert(‸",
        None,
    ),
    ("rust", "#[tokio::‸", Some("main]")),
    (
        "rust",
        "#[tokio::main]\nasync fn main() {\n    let body = reqwest::get(url).‸",
        Some("await?"),
    ),
    (
        "rust",
        "fn main() {\n    let body = reqwest::get(url).‸",
        None,
    ),
    (
        "go",
        "package main\n\nimport \"strings\"\n\nfunc main() {\n\tparts := []string{\"a\", \"b\"}\n\ts := strings.Join(parts, ‸",
        Some("\", \")"),
    ),
    (
        "go",
        "package main\n\nimport \"strings\"\n\nfunc main() {\n\ts := strings.Join(words(text), ‸",
        None,
    ),
    (
        "java",
        "import java.util.*;\nimport java.util.stream.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        List<Integer> evens = nums.stream().filter(n -> n % 2 == 0).collect(Collectors.‸",
        Some("toList());"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.util.stream.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        String joined = names.stream().collect(Collectors.‸",
        None,
    ),
    // Eighteenth round (r18i): small games and simulations people build to learn, in Python, JavaScript, C++ and
    // Java (pygame loops, turtle, tic-tac-toe, hangman and guessing games, snake, a canvas game, the game of life, a
    // bank account and an inventory, dice and cards, physics steps, console games, Swing), written blind. New module
    // `axis_symmetry`: the same step again for the other axis (`ball.y += ball.v` -> `y * dt;`, `c + d` after
    // `r + dr, ` -> `c`, `nr < rows && nc < ` -> `cols`, `case RIGHT: ` under `case LEFT: x--; break;` ->
    // `x++; break;`), parts that count (`board[i][0] == p && board[i][1] == p && board[i][` -> `2] == p`) and a
    // pair's second coordinate after its first (`countNeighbors(grid, x, ` -> `y`);
    // a game loop's flag turned off inside a test, a draw from 1, `<< en` -> `dl;`, no empty char literal closed,
    // a canvas's 2D context, `requestAnimationFrame(` -> the frame's function, an arc's `Math.PI * ` -> `2);`, the
    // event a listener begins to name, `e.k` -> `ey`, Swing's window lines, `super.pai` -> `ntComponent(g);`,
    // pygame's and turtle's members, a clock's frame rate, a quantity added to an inventory, a simulation's time
    // step, a life lost, a constructor's initializer. Then look-alikes with other names, auto-closed brackets, and
    // cases left alone.
    ("python", "import pyg‸", Some("ame")),
    ("python", "import pygame\n\npygame.in‸", Some("it()")),
    (
        "python",
        "import pygame\npygame.init()\nscreen = pygame.display.set_mode((800, 600))\nclock = pygame.time.C‸",
        Some("lock()"),
    ),
    (
        "python",
        "running = True\nwhile running:\n    for event in pygame.event.get():\n        if event.type == pygame.QUIT:\n            running = ‸",
        Some("False"),
    ),
    (
        "python",
        "clock = pygame.time.Clock()\nwhile running:\n    pygame.display.flip()\n    clock.tick(‸)",
        Some("60"),
    ),
    (
        "python",
        "FPS = 60\nclock = pygame.time.Clock()\nwhile running:\n    pygame.display.flip()\n    clock.tick(‸)",
        Some("FPS"),
    ),
    (
        "python",
        "while running:\n    screen.fill((0, 0, 0))\n    pygame.draw.rect(screen, (255, 0, 0), player)\n    pygame.display.‸",
        None,
    ),
    ("python", "import sys\npygame.quit()\nsys.ex‸", Some("it()")),
    (
        "python",
        "keys = pygame.key.get_pressed()\nif keys[pygame.K_LEFT]:\n    x -= speed\nif keys[pygame.K_RI‸",
        Some("GHT]:"),
    ),
    (
        "python",
        "import turtle\nt = turtle.Turtle()\nt.color(\"red\")\nturtle.done‸",
        Some("()"),
    ),
    (
        "python",
        "def check_win(board, p):\n    for row in board:\n        if row[0] == row[1] == row[2] == p:\n            return True\n    return ‸",
        Some("False"),
    ),
    (
        "python",
        "import random\nsecret = random.randint(1, 100)\nguess = int(inp‸",
        Some("ut("),
    ),
    (
        "python",
        "word = random.choice(words)\nguessed = set()\ndisplay = \"\".join(c if c in guessed else \"_\" for c in wo‸",
        Some("rd"),
    ),
    (
        "python",
        "lives = 6\nwhile lives > 0:\n    letter = input(\"Guess a letter: \").lower()\n    if letter not in word:\n        lives -‸",
        Some("= 1"),
    ),
    (
        "python",
        "head = snake[0]\nnew_head = (head[0] + dx, head[1] + d‸)",
        Some("y"),
    ),
    (
        "python",
        "def count_neighbours(grid, r, c):\n    count = 0\n    for dr in (-1, 0, 1):\n        for dc in (-1, 0, 1):\n            if dr == 0 and dc == 0:\n                cont‸",
        Some("inue"),
    ),
    (
        "python",
        "def count_neighbours(grid, r, c):\n    count = 0\n    for dr in (-1, 0, 1):\n        for dc in (-1, 0, 1):\n            if dr == 0 and dc == 0:\n                continue\n            nr, nc = r + dr, c + d‸",
        Some("c"),
    ),
    (
        "python",
        "def count_neighbours(grid, r, c):\n    count = 0\n    for dr in (-1, 0, 1):\n        for dc in (-1, 0, 1):\n            count += grid[r + dr][c + dc]\n    return cou‸",
        Some("nt"),
    ),
    (
        "python",
        "rows, cols = 20, 20\nnew_grid = [[0] * cols for _ in range(ro‸",
        Some("ws"),
    ),
    (
        "python",
        "class BankAccount:\n    def __init__(self, owner, balance=0):\n        self.owner = owner\n        self.balance = ‸",
        Some("balance"),
    ),
    (
        "python",
        "class BankAccount:\n    def __init__(self, balance=0):\n        self.balance = balance\n\n    def deposit(self, amount):\n        self.balance += ‸",
        Some("amount"),
    ),
    (
        "python",
        "class BankAccount:\n    def __init__(self, balance=0):\n        self.balance = balance\n\n    def withdraw(self, amount):\n        if amount > self.bal‸",
        Some("ance"),
    ),
    (
        "python",
        "    def withdraw(self, amount):\n        if amount > self.balance:\n            raise Val‸",
        Some("ueError"),
    ),
    (
        "python",
        "class BankAccount:\n    def __init__(self, owner, balance=0):\n        self.owner = owner\n        self.balance = balance\n\n    def __str__(self):\n        return f\"{self.owner}: {self.bal‸",
        Some("ance}\""),
    ),
    (
        "python",
        "inventory = {}\ndef add_item(name, qty):\n    inventory[name] = inventory.get(name, ‸)",
        Some("0"),
    ),
    (
        "python",
        "suits = [\"Hearts\", \"Diamonds\", \"Clubs\", \"Spades\"]\nranks = [\"2\", \"3\", \"4\", \"J\", \"Q\", \"K\", \"A\"]\ndeck = [(rank, suit) for suit in suits for rank in ra‸",
        Some("nks]"),
    ),
    (
        "python",
        "deck = [(rank, suit) for suit in suits for rank in ranks]\nrandom.shuffle(de‸",
        Some("ck"),
    ),
    ("python", "hand = [deck.pop() for _ in range(‸)]", None),
    ("python", "x += vx * dt\ny += vy * d‸", Some("t")),
    (
        "python",
        "vy += g * dt\nx += vx * dt\ny += v‸",
        Some("y * dt"),
    ),
    (
        "python",
        "if y > HEIGHT - radius:\n    y = HEIGHT - radius\n    vy = -v‸",
        Some("y"),
    ),
    (
        "javascript",
        "const canvas = document.getElementById(\"game\");\nconst ctx = canvas.getCon‸",
        Some("text(\"2d\");"),
    ),
    (
        "javascript",
        "const canvas = document.getElementById(\"game\");\nconst ctx = canvas.getContext(\"‸\")",
        Some("2d"),
    ),
    (
        "javascript",
        "function loop() {\n  update();\n  draw();\n  requestAnimationFrame(‸)",
        Some("loop"),
    ),
    (
        "javascript",
        "function loop() {\n  update();\n  draw();\n  requestAnimationFrame(lo‸",
        Some("op);"),
    ),
    (
        "javascript",
        "function draw() {\n  ctx.clearRect(0, 0, canvas.width, canvas.h‸",
        Some("eight"),
    ),
    (
        "javascript",
        "function draw() {\n  ctx.fillStyle = \"‸\"",
        None,
    ),
    (
        "javascript",
        "const player = { x: 50, y: 50, width: 20, height: 20, speed: 5 };\nfunction draw() {\n  ctx.fillRect(player.x, player.y, player.w‸",
        Some("idth"),
    ),
    (
        "javascript",
        "document.addEventListener(\"key‸\")",
        Some("down"),
    ),
    (
        "javascript",
        "document.addEventListener(\"keydown\", (e) => {\n  if (e.key === \"Arrow‸\")",
        None,
    ),
    (
        "javascript",
        "document.addEventListener(\"keydown\", (e) => {\n  if (e.key === \"ArrowLeft\") player.x -= player.speed;\n  if (e.key === \"ArrowRight\") player.x ‸",
        Some("+= player.speed;"),
    ),
    (
        "javascript",
        "const keys = {};\ndocument.addEventListener(\"keydown\", (e) => {\n  keys[e.k‸",
        Some("ey"),
    ),
    (
        "javascript",
        "const keys = {};\ndocument.addEventListener(\"keydown\", (e) => {\n  keys[e.key] = true;\n});\ndocument.addEventListener(\"keyup\", (e) => {\n  keys[e.key] = ‸",
        Some("false;"),
    ),
    (
        "javascript",
        "function collides(a, b) {\n  return a.x < b.x + b.width &&\n    a.x + a.width > b.x &&\n    a.y < b.y + b.h‸",
        Some("eight"),
    ),
    (
        "javascript",
        "function collides(a, b) {\n  return a.x < b.x + b.width &&\n    a.x + a.width > b.x &&\n    a.y < b.y + b.height &&\n    a.y + a.height > b.‸",
        Some("y"),
    ),
    (
        "javascript",
        "function update(dt) {\n  ball.x += ball.vx * dt;\n  ball.y += ball.v‸",
        Some("y * dt;"),
    ),
    (
        "javascript",
        "if (ball.x < 0 || ball.x > canvas.width) ball.vx = -ball.v‸",
        Some("x"),
    ),
    (
        "javascript",
        "if (ball.y + ball.radius > canvas.height) {\n  ball.vy *= ‸",
        None,
    ),
    (
        "javascript",
        "ctx.beginPath();\nctx.arc(ball.x, ball.y, ball.radius, 0, Math.PI * ‸",
        Some("2);"),
    ),
    (
        "javascript",
        "ctx.beginPath();\nctx.arc(x, y, r, 0, Math.P‸",
        Some("I"),
    ),
    (
        "javascript",
        "ctx.beginPath();\nctx.arc(x, y, r, 0, Math.PI * 2);\nctx.fill‸",
        None,
    ),
    ("javascript", "const x = Math.floor(Math.random() * ‸", None),
    (
        "javascript",
        "const x = Math.floor(Math.ran‸",
        Some("dom()"),
    ),
    (
        "javascript",
        "cells.forEach((cell, index) => {\n  cell.addEventListener(\"cl‸\")",
        Some("ick"),
    ),
    (
        "javascript",
        "const next = grid.map((row, y) => row.map((cell, x) => {\n  const n = countNeighbors(grid, x, ‸",
        Some("y"),
    ),
    (
        "javascript",
        "function countNeighbors(grid, x, y) {\n  let count = 0;\n  for (let dy = -1; dy <= 1; dy++) {\n    for (let dx = -1; dx <= ‸",
        Some("1; dx++) {"),
    ),
    (
        "javascript",
        "class Account {\n  constructor(owner, balance = 0) {\n    this.owner = owner;\n    this.balance = ‸",
        Some("balance;"),
    ),
    (
        "javascript",
        "class Account {\n  constructor(balance = 0) {\n    this.balance = balance;\n  }\n  deposit(amount) {\n    this.balance += ‸",
        Some("amount;"),
    ),
    (
        "javascript",
        "const roll = () => Math.floor(Math.random() * 6) + ‸",
        Some("1"),
    ),
    (
        "javascript",
        "const deck = [];\nfor (const suit of suits) {\n  for (const rank of ranks) {\n    deck.push({ suit, ra‸",
        Some("nk"),
    ),
    (
        "javascript",
        "const head = { x: snake[0].x + dir.x, y: snake[0].y + dir.‸",
        Some("y"),
    ),
    (
        "javascript",
        "snake.unshift(head);\nif (head.x === food.x && head.y === food.‸",
        Some("y"),
    ),
    ("javascript", "setInterval(gameLoop, ‸)", None),
    (
        "javascript",
        "window.addEventListener(\"keydown\", e => {\n  switch (e.key) {\n    case \"ArrowUp\":\n      dir = { x: 0, y: -1 };\n      bre‸",
        Some("ak"),
    ),
    (
        "cpp",
        "#include <iostream>\n#include <cstdlib>\n#include <ct‸",
        Some("ime>"),
    ),
    (
        "cpp",
        "int main() {\n    srand(time(0));\n    int secret = rand() % 100 + ‸",
        Some("1;"),
    ),
    (
        "cpp",
        "int main() {\n    srand(time(0));\n    int roll = rand() % ‸",
        None,
    ),
    (
        "cpp",
        "int main() {\n    int guess;\n    cout << \"Enter your guess: \";\n    cin >> ‸",
        Some("guess;"),
    ),
    (
        "cpp",
        "    while (guess != secret) {\n        cin >> guess;\n        if (guess > secret)\n            cout << \"Too high!\" << en‸",
        Some("dl;"),
    ),
    (
        "cpp",
        "    char choice;\n    cin >> choice;\n    switch (choice) {\n        case 'w':\n            y--;\n            brea‸",
        Some("k;"),
    ),
    (
        "cpp",
        "    bool running = true;\n    while (running) {\n        char choice;\n        cin >> choice;\n        switch (choice) {\n            case 'q':\n                running = ‸",
        Some("false;"),
    ),
    (
        "cpp",
        "        switch (choice) {\n            case 'w': y--; break;\n            case 's': y++; break;\n            defau‸",
        Some("lt:"),
    ),
    (
        "cpp",
        "int main() {\n    bool running = true;\n    while (runn‸",
        Some("ing"),
    ),
    (
        "cpp",
        "void printBoard() {\n    for (int i = 0; i < 3; i++) {\n        for (int j = 0; j < 3; j++) {\n            cout << board[i][‸",
        Some("j]"),
    ),
    (
        "cpp",
        "bool checkWin(char p) {\n    for (int i = 0; i < 3; i++) {\n        if (board[i][0] == p && board[i][1] == p && board[i][‸",
        Some("2] == p"),
    ),
    (
        "cpp",
        "bool checkWin(char p) {\n    for (int i = 0; i < 3; i++) {\n        if (board[i][0] == p && board[i][1] == p && board[i][2] == p)\n            return true;\n    }\n    return fal‸",
        Some("se"),
    ),
    (
        "cpp",
        "bool checkWin(char p) {\n    if (board[0][0] == p && board[1][1] == p && board[2][‸",
        Some("2] == p"),
    ),
    (
        "cpp",
        "string word = \"programming\";\nfor (size_t i = 0; i < word.len‸",
        Some("gth()"),
    ),
    (
        "cpp",
        "string word = \"programming\";\nstring guessed(word.length(), '_');\nif (guessed == wo‸",
        Some("rd"),
    ),
    (
        "cpp",
        "class BankAccount {\nprivate:\n    double balance;\npublic:\n    BankAccount(double b) : balance(‸) {}",
        Some("b"),
    ),
    (
        "cpp",
        "class BankAccount {\nprivate:\n    double balance;\npublic:\n    void deposit(double amount) {\n        balance += ‸",
        Some("amount;"),
    ),
    (
        "cpp",
        "class BankAccount {\nprivate:\n    double balance;\npublic:\n    double getBalance() const {\n        return ‸",
        Some("balance;"),
    ),
    (
        "cpp",
        "class BankAccount {\nprivate:\n    double balance;\npublic:\n    void withdraw(double amount) {\n        if (amount > bal‸",
        Some("ance"),
    ),
    (
        "cpp",
        "#include <random>\nstd::random_device rd;\nstd::mt19937 gen(‸)",
        Some("rd()"),
    ),
    (
        "cpp",
        "std::random_device rd;\nstd::mt19937 gen(rd());\nstd::shuffle(deck.begin(), deck.e‸",
        Some("nd()"),
    ),
    (
        "cpp",
        "int countNeighbors(const vector<vector<int>>& grid, int r, int c) {\n    int count = 0;\n    for (int dr = -1; dr <= 1; dr++) {\n        for (int dc = -1; dc <= 1; dc++) {\n            if (dr == 0 && dc == 0) cont‸",
        Some("inue;"),
    ),
    (
        "cpp",
        "int countNeighbors(const vector<vector<int>>& grid, int r, int c) {\n    int count = 0;\n    for (int dr = -1; dr <= 1; dr++) {\n        for (int dc = -1; dc <= 1; dc++) {\n            if (dr == 0 && dc == 0) continue;\n            int nr = r + dr, nc = c + ‸",
        Some("dc"),
    ),
    (
        "cpp",
        "int countNeighbors(const vector<vector<int>>& grid, int r, int c) {\n    int rows = grid.size(), cols = grid[0].size();\n    int count = 0;\n    for (int dr = -1; dr <= 1; dr++) {\n        for (int dc = -1; dc <= 1; dc++) {\n            int nr = r + dr, nc = c + dc;\n            if (nr >= 0 && nr < rows && nc >= 0 && nc < ‸",
        Some("cols"),
    ),
    (
        "cpp",
        "struct Ball {\n    float x, y, vx, vy;\n};\nvoid update(Ball& b, float dt) {\n    b.x += b.vx * dt;\n    b.y += b.v‸",
        Some("y * dt;"),
    ),
    (
        "cpp",
        "void update(Ball& b, float dt) {\n    b.x += b.vx * dt;\n    b.y += b.vy * dt;\n    b.vy += GRAVITY * ‸",
        Some("dt;"),
    ),
    (
        "cpp",
        "enum Direction { UP, DOWN, LEFT, RIGHT };\nDirection dir = RI‸",
        Some("GHT"),
    ),
    (
        "cpp",
        "switch (dir) {\n    case UP: y--; break;\n    case DOWN: y++; break;\n    case LEFT: x--; break;\n    case RIGHT: ‸",
        Some("x++; break;"),
    ),
    ("cpp", "system(\"cl‸\")", None),
    ("cpp", "#include <iostream>\n#include <vect‸", Some("or>")),
    (
        "cpp",
        "#include <iostream>\nusing namespace s‸",
        Some("td;"),
    ),
    (
        "cpp",
        "int main() {\n    int score = 0;\n    cout << \"Score: \" << sc‸",
        Some("ore"),
    ),
    (
        "cpp",
        "struct Point {\n    int x, y;\n};\nbool operator==(const Point& a, const Point& b) {\n    return a.x == b.x && a.y == ‸",
        Some("b.y"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        Scanner sc = new Scanner(Sys‸",
        Some("tem.in);"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        Scanner scanner = new Scanner(‸)",
        Some("System.in"),
    ),
    (
        "java",
        "        Random rand = new Random();\n        int secret = rand.nextInt(‸)",
        None,
    ),
    (
        "java",
        "        Scanner sc = new Scanner(System.in);\n        int guess = sc.nextI‸",
        Some("nt()"),
    ),
    (
        "java",
        "        if (guess < secret) {\n            System.out.println(\"Too low!\");\n        } else if (guess > secret) {\n            System.out.println(\"Too high!\");\n        } el‸",
        Some("se "),
    ),
    (
        "java",
        "        Scanner sc = new Scanner(System.in);\n        String name = sc.nextL‸",
        Some("ine()"),
    ),
    (
        "java",
        "        boolean playing = true;\n        while (play‸",
        Some("ing"),
    ),
    (
        "java",
        "public class Game {\n    public static void main(String[] args) {\n        ‸",
        None,
    ),
    (
        "java",
        "public class Game {\n    public static void main(String[] ar‸",
        Some("gs) {"),
    ),
    (
        "java",
        "public class Game {\n    public static void ma‸",
        Some("in(String[] args) {"),
    ),
    (
        "java",
        "        for (int i = 0; i < 3; i++) {\n            if (board[i][0] == player && board[i][1] == player && board[i][‸",
        Some("2] == player"),
    ),
    (
        "java",
        "        String input = sc.nextLine();\n        switch (input) {\n            case \"w\":\n                y--;\n                bre‸",
        Some("ak;"),
    ),
    (
        "java",
        "import javax.swing.*;\n\npublic class Snake {\n    public static void main(String[] args) {\n        JFrame frame = new JFrame(\"Snake\");\n        frame.setDefaultCloseOperation(JFrame.EX‸",
        Some("IT_ON_CLOSE);"),
    ),
    (
        "java",
        "        JFrame frame = new JFrame(\"Snake\");\n        frame.setSize(800, 600);\n        frame.setVis‸",
        Some("ible(true);"),
    ),
    (
        "java",
        "        JFrame frame = new JFrame(\"Snake\");\n        frame.setDefaultCloseOperation(‸)",
        Some("JFrame.EXIT_ON_CLOSE"),
    ),
    (
        "java",
        "        JFrame frame = new JFrame(\"Snake\");\n        frame.setLocationRelativeTo(‸)",
        Some("null"),
    ),
    (
        "java",
        "public class GamePanel extends JPanel implements ActionListener {\n    @Override\n    protected void paintComponent(Graphics g) {\n        super.pai‸",
        Some("ntComponent(g);"),
    ),
    (
        "java",
        "    protected void paintComponent(Graphics g) {\n        super.paintComponent(g);\n        g.setColor(Color.‸",
        None,
    ),
    (
        "java",
        "public class GamePanel extends JPanel {\n    private int x = 50, y = 50, width = 20, height = 20;\n    protected void paintComponent(Graphics g) {\n        g.fillRect(x, y, wid‸",
        Some("th"),
    ),
    (
        "java",
        "    @Override\n    public void keyPressed(KeyEvent e) {\n        int key = e.getKe‸",
        Some("yCode();"),
    ),
    (
        "java",
        "    public void keyPressed(KeyEvent e) {\n        int key = e.getKeyCode();\n        if (key == KeyEvent.VK_LEFT) dx = -1;\n        if (key == KeyEvent.VK_RI‸",
        Some("GHT)"),
    ),
    (
        "java",
        "public class BankAccount {\n    private double balance;\n    public BankAccount(double balance) {\n        this.balance = ‸",
        Some("balance;"),
    ),
    (
        "java",
        "public class BankAccount {\n    private double balance;\n    public void deposit(double amount) {\n        balance += ‸",
        Some("amount;"),
    ),
    (
        "java",
        "public class BankAccount {\n    private double balance;\n    public double getBalance() {\n        return ‸",
        Some("balance;"),
    ),
    (
        "java",
        "    public void withdraw(double amount) {\n        if (amount > balance) {\n            throw new IllegalArgumentException(\"‸\")",
        None,
    ),
    (
        "java",
        "    public void withdraw(double amount) {\n        if (amount > balance) {\n            throw new IllegalArg‸",
        Some("umentException"),
    ),
    (
        "java",
        "        List<String> deck = new ArrayList<>();\n        Collections.shuffle(de‸",
        Some("ck"),
    ),
    (
        "java",
        "        Random rand = new Random();\n        int roll = rand.nextInt(6) + ‸",
        Some("1;"),
    ),
    (
        "java",
        "        int[][] grid = new int[rows][cols];\n        int[][] next = new int[rows][co‸",
        Some("ls"),
    ),
    (
        "java",
        "                int nr = r + dr, nc = c + dc;\n                if (nr >= 0 && nr < rows && nc >= 0 && nc < co‸",
        Some("ls"),
    ),
    (
        "java",
        "        x += vx * dt;\n        y += vy * dt;\n        vy += gravity * ‸",
        Some("dt;"),
    ),
    (
        "java",
        "        int choice = sc.nextInt();\n        switch (choice) {\n            case 1:\n                deposit();\n                break;\n            case 2:\n                withdraw();\n                break;\n            defa‸",
        Some("ult:"),
    ),
    (
        "python",
        "pos_x += vel_x * dt\npos_y += v‸",
        Some("el_y * dt"),
    ),
    (
        "javascript",
        "const center = { x: rect.x + rect.width / 2, y: rect.y + rect.‸ }",
        None,
    ),
    (
        "javascript",
        "enemy.x += enemy.vx;\nenemy.y += enemy.v‸",
        Some("y;"),
    ),
    (
        "cpp",
        "for (int r = 0; r < rows; r++)\n    for (int c = 0; c < ‸",
        Some("cols; c++)"),
    ),
    (
        "java",
        "        for (int dr = -1; dr <= 1; dr++) {\n            for (int dc = -1; dc <= ‸",
        Some("1; dc++) {"),
    ),
    ("python", "return (a[0] + b[0], a[1] + b[‸)", Some("1")),
    (
        "python",
        "neighbours = [grid[r - 1][c], grid[r + 1][c], grid[r][c - 1], grid[r][‸",
        None,
    ),
    (
        "javascript",
        "if (e.key === \"ArrowUp\") hero.y -= hero.step;\nif (e.key === \"ArrowDown\") hero.y ‸",
        Some("+= hero.step;"),
    ),
    ("cpp", "    case 'a': px--; break;\n    case 'd': ‸", None),
    (
        "javascript",
        "const sum = values[0] + values[1] + values[‸",
        None,
    ),
    (
        "python",
        "ok = cells[0] == mark and cells[1] == mark and cells[‸",
        Some("2] == mark"),
    ),
    (
        "javascript",
        "const row = [grid[0][0], grid[0][1], grid[0][‸]",
        Some("2"),
    ),
    ("python", "x = 10\ny = ‸", None),
    ("python", "width = 800\nheight = ‸", None),
    ("javascript", "const a = b.x;\nconst c = d.‸", None),
    (
        "python",
        "import pygame\ngame_over = False\nactive = True\nwhile active:\n    for e in pygame.event.get():\n        if e.type == pygame.QUIT:\n            active = ‸",
        Some("False"),
    ),
    (
        "java",
        "        boolean playing = true;\n        while (playing) {\n            String input = sc.nextLine();\n            if (input.equals(\"q\")) {\n                playing = ‸",
        Some("false;"),
    ),
    (
        "python",
        "done = False\nwhile not done:\n    if x:\n        done = ‸",
        None,
    ),
    (
        "javascript",
        "let running = true;\nwhile (running) {\n  if (hp <= 0) {\n    running = ‸",
        Some("false;"),
    ),
    ("cpp", "int face = rand() % sides + ‸", Some("1;")),
    (
        "javascript",
        "const index = Math.floor(Math.random() * items.length) + ‸",
        None,
    ),
    (
        "java",
        "        int value = random.nextInt(max - min + 1) + ‸",
        None,
    ),
    ("cpp", "    printRoll(rand() % 6 + ‸)", Some("1")),
    (
        "cpp",
        "    cout << \"Score: \" << score << en‸",
        Some("dl;"),
    ),
    (
        "cpp",
        "#include <iostream>\nint main() {\n    int enemies = 3;\n    cout << \"Enemies: \" << en‸",
        Some("emies"),
    ),
    (
        "java",
        "    public char next(char c) {\n        return c == 'a' ? '‸",
        None,
    ),
    (
        "javascript",
        "const context = gameCanvas.getCon‸",
        Some("text('2d')"),
    ),
    (
        "javascript",
        "const ctx = document.getElementById(\"c\").getContext('‸')",
        Some("2d"),
    ),
    (
        "javascript",
        "function tick(now) {\n  step(now);\n  requestAnimationFrame(‸)",
        Some("tick"),
    ),
    (
        "javascript",
        "const animate = () => {\n  requestAnimationFrame(an‸",
        Some("imate)"),
    ),
    (
        "javascript",
        "window.addEventListener(\"res‸\")",
        Some("ize"),
    ),
    ("javascript", "form.addEventListener('sub‸')", Some("mit")),
    ("javascript", "el.addEventListener(\"mouse‸\")", None),
    (
        "javascript",
        "window.addEventListener(\"keyup\", (event) => {\n  pressed[event.k‸",
        Some("ey"),
    ),
    (
        "javascript",
        "btn.addEventListener(\"click\", (e) => {\n  console.log(e.k‸",
        None,
    ),
    (
        "javascript",
        "ctx.arc(this.x, this.y, this.r, 0, Math.PI * ‸",
        Some("2)"),
    ),
    ("javascript", "const angle = Math.PI * ‸", None),
    (
        "java",
        "import javax.swing.*;\npublic class Main {\n    public static void main(String[] args) {\n        JFrame window = new JFrame(\"Pong\");\n        window.setDefaultCloseOperation(‸)",
        Some("JFrame.EXIT_ON_CLOSE"),
    ),
    (
        "java",
        "import javax.swing.*;\npublic class Main {\n    public static void main(String[] args) {\n        JFrame window = new JFrame(\"Pong\");\n        window.setLocationRelativeTo(‸",
        Some("null);"),
    ),
    (
        "java",
        "import javax.swing.*;\npublic class Main {\n    public static void main(String[] args) {\n        JFrame window = new JFrame(\"Pong\");\n        window.setVis‸",
        Some("ible(true);"),
    ),
    (
        "java",
        "import java.awt.*;\npublic class Board extends JPanel {\n    void step() {\n        move();\n        rep‸",
        Some("aint();"),
    ),
    (
        "java",
        "import java.awt.event.*;\nclass Keys extends KeyAdapter {\n    public void keyPressed(KeyEvent ev) {\n        switch (ev.getKe‸",
        Some("yCode()"),
    ),
    (
        "java",
        "public class Shape extends Base {\n    @Override\n    public void draw(Graphics g) {\n        super.dr‸",
        Some("aw(g);"),
    ),
    (
        "python",
        "import turtle\npen = turtle.Turtle()\npen.pe‸",
        None,
    ),
    (
        "python",
        "import turtle\npen = turtle.Turtle()\npen.fo‸",
        Some("rward()"),
    ),
    (
        "python",
        "import pygame\npygame.display.set_cap‸",
        Some("tion()"),
    ),
    (
        "python",
        "import pygame\nFRAME_RATE_FPS = 30\ntimer = pygame.time.Clock()\ntimer.tick(‸)",
        Some("FRAME_RATE_FPS"),
    ),
    (
        "python",
        "import time\nclock = time.perf_counter\nclock.tick(‸",
        None,
    ),
    (
        "python",
        "stock = {}\ndef restock(item, amount):\n    stock[item] = stock.get(item, ‸",
        Some("0) + amount"),
    ),
    (
        "python",
        "def tally(words, weights):\n    for w in words:\n        counts[w] = counts.get(w, ‸",
        Some("0) + 1"),
    ),
    (
        "python",
        "    ball_x += speed_x * dt\n    ball_y += speed_y * dt\n    speed_y += gravity * ‸",
        Some("dt"),
    ),
    (
        "java",
        "        total += price * qty;\n        count += 2 * ‸",
        None,
    ),
    (
        "python",
        "health = 3\nwhile health > 0:\n    if hit():\n        health -‸",
        Some("= 1"),
    ),
    (
        "python",
        "n = 1234\nwhile n > 0:\n    total += n % 10\n    n -‸",
        None,
    ),
    (
        "javascript",
        "let lives = 3;\nwhile (lives > 0) {\n  if (hit()) {\n    lives -‸",
        None,
    ),
    (
        "cpp",
        "class Player {\n    std::string name;\n    int hp;\npublic:\n    Player(const std::string& n, int h) : name(n), hp(‸",
        Some("h)"),
    ),
    (
        "cpp",
        "class Vec {\n    double x_, y_;\npublic:\n    Vec(double x, double y) : x_(x), y_(‸) {}",
        Some("y"),
    ),
    ("cpp", "    Range(int lo, int hi) : total(‸", None),
    ("cpp", "#include <iostream>\n#include <cc‸", Some("type>")),
    ("java", "import java.util.Ra‸", Some("ndom")),
    ("javascript", "function f(p) {\n  ctx.moveTo(p.x, ‸)", None),
    (
        "python",
        "def f(grid, row, col):\n    return g(grid, row, ‸",
        Some("col"),
    ),
    ("python", "def f(x):\n    return g(x, ‸", None),
    ("javascript", "draw(x, y, ‸", None),
    (
        "javascript",
        "function paint(pos) {\n  const { x, y } = pos;\n  ctx.fillRect(x, ‸",
        Some("y"),
    ),
    (
        "java",
        "    void move(Point p, Point q) {\n        line(p.x, p.y, q.x, ‸",
        Some("q.y"),
    ),
    // Nineteenth round (r19d): Go, Rust and Java as the tutorials teach them (an error check's `log.Fatal(` and
    // `fmt.Fprintln(os.Stderr, ` -> `err)`, `return ` under `if err := ...; err != nil {`, `case <-ctx.` ->
    // `Done():`, a getter's field, a stack's pop, a worker's channels, a range's pair printed by `Printf`, the
    // method an interface declares; Rust's `Box<dyn Error>` once imported, `*count += 1;`, a lifetime's borrowed
    // result, a `Mutex`'s lock and a channel's ends, `String::from`, `consts::PI`; Java's `toString()` closing the
    // bracket its text opened, a caught exception begun, an iterator's `next()`, the value of a key just tested,
    // `get(i)` in a counting loop, a package-private constructor's `this.val = val;`).
    (
        "go",
        "func readConfig(path string) (*Config, error) {\n\tf, err := os.Open(path)\n\tif err != nil {\n\t\treturn ‸",
        Some("nil, "),
    ),
    (
        "go",
        "func main() {\n\tf, err := os.Open(\"data.txt\")\n\tif err != nil {\n\t\tlog.Fatal(‸)",
        Some("err"),
    ),
    (
        "go",
        "func main() {\n\tf, err := os.Open(\"data.txt\")\n\tif err != nil {\n\t\tlog.Fatal(‸",
        Some("err)"),
    ),
    (
        "go",
        "func main() {\n\tn, err := strconv.Atoi(s)\n\tif err != nil {\n\t\tfmt.Println(\"invalid number:\", ‸)",
        Some("err"),
    ),
    (
        "go",
        "func main() {\n\tif err := run(); err != nil {\n\t\tfmt.Fprintln(os.Stderr, ‸)",
        Some("err"),
    ),
    (
        "go",
        "func main() {\n\tcfg, err := load()\n\tif err != nil {\n\t\tlog.Printf(\"load config: %v\\n\", ‸",
        Some("err)"),
    ),
    (
        "go",
        "func main() {\n\tcfg, err := load()\n\tif err != nil {\n\t\tlog.Fatal(\"cannot load\", ‸",
        Some("err)"),
    ),
    (
        "go",
        "func main() {\n\tcfg, err := load()\n\tif err != nil {\n\t\tpanic(‸)",
        None,
    ),
    (
        "go",
        "func main() {\n\tcfg, err := load()\n\tif cfg == nil {\n\t\tlog.Fatal(‸)",
        None,
    ),
    (
        "go",
        "func main() {\n\tcfg, err := load()\n\tif err != nil {\n\t\tlog.Printf(\"%s: %v\\n\", ‸",
        None,
    ),
    (
        "go",
        "func main() {\n\tif _, err := os.Stat(path); os.IsNotExist(‸)",
        Some("err"),
    ),
    (
        "go",
        "func main() {\n\tif _, err := os.Stat(configPath); os.IsNotExist(‸",
        Some("err) {"),
    ),
    ("go", "func main() {\n\tif os.IsNotExist(‸)", None),
    (
        "go",
        "func parse(data []byte) error {\n\tvar cfg Config\n\tif err := json.Unmarshal(data, &cfg); err != nil {\n\t\treturn ‸",
        Some("err"),
    ),
    (
        "go",
        "func save(u User) error {\n\tif err := db.Insert(u); err != nil {\n\t\t‸",
        Some("return err"),
    ),
    (
        "go",
        "func load(path string) (*Config, error) {\n\tvar cfg Config\n\tif err := decode(path, &cfg); err != nil {\n\t\t‸",
        Some("return nil, err"),
    ),
    (
        "go",
        "func check(ok bool) error {\n\tif err := step(); err == nil {\n\t\treturn ‸",
        None,
    ),
    (
        "go",
        "func worker(ctx context.Context, jobs <-chan int) {\n\tfor {\n\t\tselect {\n\t\tcase <-ctx.‸",
        Some("Done():"),
    ),
    (
        "go",
        "func worker(ctx context.Context) {\n\tselect {\n\tcase <-ctx.D‸",
        Some("one():"),
    ),
    (
        "go",
        "func wait(reqCtx context.Context) {\n\t<-reqCtx.‸",
        Some("Done()"),
    ),
    (
        "go",
        "func worker(done chan bool) {\n\tselect {\n\tcase <-done.‸",
        None,
    ),
    (
        "go",
        "type Counter struct {\n\tcount int\n}\n\nfunc (c *Counter) Value() int {\n\treturn c.‸",
        Some("count"),
    ),
    (
        "go",
        "type User struct {\n\tname  string\n\temail string\n}\n\nfunc (u User) Email() string {\n\treturn u.‸",
        Some("email"),
    ),
    (
        "go",
        "type User struct {\n\tname  string\n\temail string\n}\n\nfunc (u User) Label() string {\n\treturn u.‸",
        None,
    ),
    (
        "go",
        "type Account struct {\n\tOwner   string\n\tBalance float64\n}\n\nfunc (a *Account) Total() float64 {\n\treturn a.B‸",
        Some("alance"),
    ),
    (
        "go",
        "type Person struct {\n\tName string\n\tAge  int\n}\n\nfunc (p Person) String() string {\n\treturn fmt.Sprintf(\"%s is %d years old\", p.Name, ‸)",
        Some("p.Age"),
    ),
    (
        "go",
        "type Person struct {\n\tName string\n\tAge  int\n}\n\nfunc (p Person) String() string {\n\treturn fmt.Sprintf(\"%s (%d)\", p.Age, ‸",
        None,
    ),
    (
        "go",
        "type Rect struct {\n\tW, H float64\n}\n\nfunc (r Rect) Area() float64 {\n\treturn r.‸",
        Some("W * r.H"),
    ),
    (
        "go",
        "type Box struct {\n\tWidth, Height float64\n}\n\nfunc (b Box) Perimeter() float64 {\n\treturn ‸",
        Some("2 * (b.Width + b.Height)"),
    ),
    (
        "go",
        "func (s *Stack) Pop() int {\n\tlast := s.items[len(s.items)-1]\n\ts.items = s.items[:‸",
        Some("len(s.items)-1]"),
    ),
    (
        "go",
        "func (q *Queue) Pop() string {\n\ttop := q.data[len(q.data)-1]\n\tq.data = q.data[:‸",
        Some("len(q.data)-1]"),
    ),
    ("go", "func reset(buf []byte) {\n\tbuf = buf[:‸", None),
    (
        "go",
        "results := make(chan int, 10)\nfor i := 0; i < 10; i++ {\n\tresults <- i\n}\nclose(‸)",
        Some("results"),
    ),
    (
        "go",
        "func worker(id int, jobs <-chan int, results chan<- int) {\n\tfor j := range ‸",
        Some("jobs {"),
    ),
    (
        "go",
        "func producer(out chan<- int, in <-chan int) {\n\tdefer close(‸)",
        Some("out"),
    ),
    ("go", "func main() {\n\tfor j := range ‸", None),
    ("go", "for i := 0; i < len(nums); i‸", Some("++ {")),
    ("go", "for j := n - 1; j >= 0; j‸", Some("-- {")),
    (
        "go",
        "m := map[string]int{\"a\": 1}\nfor k, v := range m {\n\tfmt.Printf(\"%s: %d\\n\", ‸)",
        Some("k, v"),
    ),
    (
        "go",
        "func main() {\n\tfor i, name := range names {\n\t\tfmt.Printf(\"%d. %s\\n\", ‸",
        Some("i, name)"),
    ),
    (
        "go",
        "func main() {\n\tfor k, v := range env {\n\t\tline := fmt.Sprintf(\"%s=%s\", ‸",
        Some("k, v)"),
    ),
    (
        "rust",
        "fn main() {\n    for (k, v) in &map {\n        let line = format!(\"{}={}\", ‸",
        Some("k, v);"),
    ),
    (
        "go",
        "func main() {\n\tfor k, v := range env {\n\t\tmyfmt.Printf(\"%s=%s\", ‸",
        None,
    ),
    (
        "go",
        "func main() {\n\tfor _, u := range users {\n\t\tfmt.Printf(\"%s <%s>\\n\", ‸",
        None,
    ),
    (
        "go",
        "func main() {\n\tfor k, v := range m {\n\t\tkey := strings.ToUpper(k)\n\t\tfmt.Printf(\"%s=%d\\n\", ‸",
        None,
    ),
    (
        "go",
        "for scanner.Scan() {\n\tline := scanner.Text()\n\twords := strings.Fields(‸)",
        Some("line"),
    ),
    (
        "go",
        "for scanner.Scan() {\n\ttext := scanner.Text()\n\tparts := strings.Split(‸",
        Some("text, "),
    ),
    (
        "go",
        "for scanner.Scan() {\n\tn := count()\n\twords := strings.Fields(‸)",
        None,
    ),
    (
        "go",
        "type Animal interface {\n\tSound() string\n}\n\ntype Dog struct{}\n\nfunc (d Dog) So‸",
        Some("und() string {"),
    ),
    (
        "go",
        "type Shape interface {\n\tArea() float64\n\tScale(f float64) Shape\n}\n\nfunc (c Circle) Sc‸",
        Some("ale(f float64) Shape {"),
    ),
    ("go", "type Dog struct{}\n\nfunc (d Dog) So‸", None),
    ("go", "func main() {\n\tfmt.Sp‸", None),
    (
        "rust",
        "use std::error::Error;\n\nfn main() -> Result<(), Box<dyn ‸",
        Some("Error>> {"),
    ),
    (
        "rust",
        "use std::{error::Error, fs};\n\nfn run() -> Result<(), Box<dyn ‸",
        Some("Error>> {"),
    ),
    (
        "rust",
        "fn main() -> Result<(), Box<dyn ‸",
        Some("std::error::Error>> {"),
    ),
    (
        "rust",
        "let mut stack = vec![1, 2];\nwhile let Some(top) = stack.p‸",
        Some("op() {"),
    ),
    (
        "rust",
        "fn walk(start: u32) {\n    let mut todo = vec![start];\n    while let Some(x) = todo.po‸",
        Some("p() {"),
    ),
    (
        "rust",
        "let count = map.entry(word.to_string()).or_insert(0);\n*count ‸",
        Some("+= 1;"),
    ),
    (
        "rust",
        "let n = scores.entry(name).or_insert(0);\n*n ‸",
        Some("+= 1;"),
    ),
    (
        "rust",
        "let n = scores.entry(name).or_insert(0);\n*m ‸",
        None,
    ),
    (
        "rust",
        "for (k, v) in &map {\n    println!(\"{}: {}\", ‸)",
        Some("k, v"),
    ),
    (
        "rust",
        "fn main() {\n    for (i, name) in names.iter().enumerate() {\n        println!(\"{} {:?}\", ‸",
        Some("i, name);"),
    ),
    (
        "rust",
        "fn main() {\n    for (i, name) in names.iter().enumerate() {\n        println!(\"{name}: {}\", ‸",
        None,
    ),
    (
        "rust",
        "fn main() {\n    for (i, name) in names.iter().enumerate() {\n        println!(\"{}\", ‸",
        None,
    ),
    (
        "rust",
        "struct Rectangle {\n    width: u32,\n    height: u32,\n}\n\nimpl Rectangle {\n    fn area(&self) -> u32 {\n        self.‸",
        Some("width * self.height"),
    ),
    (
        "rust",
        "struct Rect {\n    w: f64,\n    h: f64,\n}\n\nimpl Rect {\n    fn perimeter(&self) -> f64 {\n        self.‸",
        None,
    ),
    (
        "rust",
        "fn longest<'a>(x: &'a str, y: &'a str) -> &‸",
        Some("'a str {"),
    ),
    ("rust", "fn first<'b>(items: &'b [i32]) -> &‸", None),
    (
        "rust",
        "fn pick<'a>(x: &'a str, y: &str) -> &‸",
        Some("'a str {"),
    ),
    (
        "rust",
        "fn pick<'a, 'b>(x: &'a str, y: &'b str) -> &‸",
        None,
    ),
    (
        "rust",
        "let s1 = String::from(\"hello\");\nlet s2 = s1.cl‸",
        Some("one();"),
    ),
    ("rust", "let v = vec![1, 2];\nlet w = v.cl‸", Some("one();")),
    ("rust", "let s1 = String::from(\"hello\");\ns1.cl‸", None),
    (
        "rust",
        "let (tx, rx) = mpsc::channel();\ntx.se‸",
        Some("nd()"),
    ),
    (
        "rust",
        "let (tx, rx) = mpsc::channel();\nlet received = rx.re‸",
        Some("cv().unwrap();"),
    ),
    (
        "rust",
        "let (sender, receiver) = mpsc::channel::<String>();\nthread::spawn(move || {\n    sender.‸",
        Some("send()"),
    ),
    (
        "rust",
        "let (tx, rx) = mpsc::channel();\nfor msg in rx.‸",
        None,
    ),
    (
        "rust",
        "let counter = Arc::new(Mutex::new(0));\nlet mut num = counter.lo‸",
        Some("ck().unwrap();"),
    ),
    (
        "rust",
        "let data = Mutex::new(vec![1]);\ndata.‸",
        Some("lock().unwrap()"),
    ),
    ("rust", "let data = RwLock::new(5);\nlet r = data.‸", None),
    (
        "rust",
        "let numbers = vec![1, 2, 3];\nfor n in &‸",
        Some("numbers {"),
    ),
    (
        "rust",
        "let words = vec![\"a\"];\nfor word in &‸",
        Some("words {"),
    ),
    ("rust", "let numbers = vec![1, 2, 3];\nfor x in &‸", None),
    ("rust", "let s = String::fr‸", Some("om()")),
    ("rust", "let s = String::from_‸", None),
    (
        "rust",
        "impl Shape for Circle {\n    fn area(&self) -> f64 {\n        std::f64::consts::‸",
        Some("PI"),
    ),
    ("rust", "let tau = 2.0 * f64::consts::‸", Some("PI")),
    (
        "java",
        "public class Person {\n    private String name;\n    private int age;\n\n    @Override\n    public String toString() {\n        return \"Person{name=\" + name + \", age=\" + ‸",
        Some("age + \"}\";"),
    ),
    (
        "java",
        "public class Point {\n    private int x;\n    private int y;\n\n    @Override\n    public String toString() {\n        return \"Point[x=\" + x + \", y=\" + ‸",
        Some("y + \"]\";"),
    ),
    (
        "java",
        "public class Pair {\n    private int a;\n    private int b;\n\n    @Override\n    public String toString() {\n        return \"(\" + a + \"), (\" + ‸",
        Some("b + \")\";"),
    ),
    (
        "java",
        "public class Person {\n    private String name;\n\n    @Override\n    public String toStr‸",
        Some("ing() {"),
    ),
    (
        "java",
        "public class Person {\n    private String name;\n\n    @Override\n    public boolean equ‸",
        Some("als(Object o) {"),
    ),
    (
        "java",
        "public class Person {\n    private String name;\n\n    public String toStr‸",
        None,
    ),
    (
        "java",
        "try {\n    BufferedReader br = new BufferedReader(new FileReader(\"in.txt\"));\n} catch (IOEx‸",
        Some("ception e) {"),
    ),
    (
        "java",
        "try {\n    int n = Integer.parseInt(s);\n} catch (Num‸",
        Some("berFormatException e) {"),
    ),
    ("java", "try {\n    run();\n} catch (I‸", None),
    (
        "java",
        "int[] arr = {5, 3, 1};\nArrays.sort(arr);\nSystem.out.println(Arrays.toString(‸))",
        Some("arr"),
    ),
    (
        "java",
        "int[] scores = {90, 80};\nSystem.out.println(Arrays.toString(‸",
        Some("scores));"),
    ),
    (
        "java",
        "int[] a = {1};\nint[] b = {2};\nSystem.out.println(Arrays.toString(‸",
        None,
    ),
    (
        "java",
        "for (String w : words) {\n    if (counts.containsKey(‸",
        Some("w)) {"),
    ),
    (
        "java",
        "for (String word : text.split(\" \")) {\n    if (!freq.containsKey(‸",
        Some("word)) {"),
    ),
    (
        "java",
        "while (sc.hasNext()) {\n    if (counts.containsKey(‸",
        None,
    ),
    (
        "java",
        "BufferedReader br = new BufferedReader(new InputStreamReader(System.in));\nString line = br.readL‸",
        Some("ine()"),
    ),
    (
        "java",
        "Iterator<String> it = list.iterator();\nwhile (it.hasN‸",
        Some("ext()) {"),
    ),
    (
        "java",
        "Iterator<String> it = list.iterator();\nwhile (it.hasNext()) {\n    String s = it.‸",
        Some("next();"),
    ),
    (
        "java",
        "Iterator<Integer> iter = nums.iterator();\nwhile (iter.hasNext()) {\n    if (iter.next() < 0) {\n        iter.‸",
        None,
    ),
    (
        "java",
        "Map<String, Integer> ages = new HashMap<>();\nages.put(\"Ann\", 30);\nif (ages.containsKey(\"Ann\")) {\n    int a = ages.‸",
        Some("get(\"Ann\");"),
    ),
    (
        "java",
        "if (stock.containsKey(item)) {\n    System.out.println(stock.‸",
        Some("get(item)"),
    ),
    ("java", "if (stock.containsKey(item)) {\n    stock.‸", None),
    (
        "java",
        "List<String> names = List.of(\"a\", \"b\");\nfor (int i = 0; i < names.size(); i++) {\n    System.out.println(names.get(‸))",
        Some("i"),
    ),
    (
        "java",
        "for (int i = 0; i < word.length(); i++) {\n    char c = word.charAt(‸",
        Some("i);"),
    ),
    (
        "java",
        "for (int i = 0; i < names.size(); i++) {\n    int n = other.get(‸",
        None,
    ),
    (
        "java",
        "class Node {\n    int val;\n    Node next;\n\n    Node(int val) {\n        this.val = ‸",
        Some("val;"),
    ),
    (
        "java",
        "class Edge {\n    int from;\n    int to;\n\n    Edge(int from, int to) {\n        this.from = from;\n        this.to = ‸",
        Some("to;"),
    ),
    (
        "java",
        "class Node {\n    int val;\n\n    Node(int v) {\n        this.val = ‸",
        None,
    ),
    (
        "java",
        "interface Shape {\n    double area();\n}\n\nclass Circle implements Shape {\n    private double r;\n\n    @Override\n    public double ar‸",
        Some("ea() {"),
    ),
    (
        "java",
        "interface Shape {\n    double area();\n    double perimeter();\n}\n\nclass Sq implements Shape {\n    @Override\n    public double pe‸",
        Some("rimeter() {"),
    ),
    (
        "java",
        "interface Shape {\n    double area();\n}\n\nclass Sq implements Shape {\n    @Override\n    public int ar‸",
        Some("ea"),
    ),
    (
        "java",
        "for (String name : names) {\n    System.out.println(‸)",
        Some("name"),
    ),
    (
        "java",
        "for (int x : nums) {\n    total = add(total, ‸",
        None,
    ),
    // Eighteenth round (r18c): Rust and Go in real projects (the variable declared to be filled by `Decode(&`,
    // `Unmarshal(data, &` and `errors.As(err, &`, a handler's `r *http.Request`, `nil` for the default mux, standard
    // import paths and a first `json` tag, `http.Error`'s statuses, `package main`, the standard streams, a string
    // cleaned in place, a member begun of a query's rows or a ticker, an error type's `Error() string`; Rust's
    // methods of what a chain's last call gives back (`parse().unwr`, `trim().to_st`, `get().cop`, `(1..=10).coll`),
    // the one standard method a long prefix begins, `From`'s `from`, a type's `new`, `mod tests`, `#[tokio::main]`,
    // `Ok(())`, a comparator's mirrored side, the value the line above just made).
    (
        "go",
        "var req CreateUserRequest\nif err := json.NewDecoder(r.Body).Decode(&‸)",
        Some("req"),
    ),
    (
        "go",
        "var cfg Config\nif err := json.Unmarshal(data, &‸)",
        Some("cfg"),
    ),
    (
        "go",
        "var target *NotFoundError\nif errors.As(err, &‸)",
        Some("target"),
    ),
    (
        "go",
        "var p Person\nerr := json.Unmarshal(body, &‸",
        Some("p"),
    ),
    (
        "go",
        "var cfg Config\ncfg.Name = \"x\"\njson.Unmarshal(data, &‸)",
        None,
    ),
    ("go", "x := 1\nfoo(&‸)", None),
    (
        "go",
        "func helloHandler(w http.ResponseWriter, ‸",
        Some("r *http.Request) {"),
    ),
    (
        "go",
        "func (s *Server) handleUsers(w http.ResponseWriter, ‸)",
        Some("r *http.Request"),
    ),
    (
        "go",
        "log.Fatal(http.ListenAndServe(\":8080\", ‸))",
        Some("nil"),
    ),
    ("go", "http.ListenAndServe(\":3000\", ‸", Some("nil)")),
    (
        "go",
        "mux := http.NewServeMux()\nmux.HandleFunc(\"/\", home)\nlog.Fatal(http.ListenAndServe(\":8080\", ‸))",
        None,
    ),
    ("go", "import (\n\t\"fmt\"\n\t\"net/ht‸", Some("tp\"")),
    ("go", "import \"encoding/js‸", Some("on\"")),
    ("go", "import (\n\t\"fmt\"\n\t\"os/ex‸\"", Some("ec")),
    ("go", "import (\n\t\"str‸", None),
    (
        "go",
        "type User struct {\n\tEmail string `js‸",
        Some("on:\"email\"`"),
    ),
    (
        "go",
        "type User struct {\n\tCreatedAt time.Time `j‸`",
        Some("son:\""),
    ),
    ("go", "http.Error(w, err.Error(), http.Status‸", None),
    (
        "go",
        "http.Error(w, \"internal error\", http.StatusInternalServ‸",
        Some("erError"),
    ),
    ("go", "package ma‸", Some("in")),
    (
        "go",
        "package main\n\nimport \"fmt\"\n\nfunc ma‸",
        Some("in() {"),
    ),
    ("go", "package main\n\nfunc main() {}\n\nfunc ma‸", None),
    ("go", "package utils\n\nfunc ma‸", None),
    ("go", "scanner := bufio.NewScanner(os.St‸", Some("din)")),
    ("go", "reader := bufio.NewReader(os.‸)", Some("Stdin")),
    ("go", "fmt.Fprintln(os.St‸", Some("derr, ")),
    ("go", "fmt.Fprintf(os.‸", Some("Stderr, ")),
    ("go", "line = strings.TrimSpace(‸)", Some("line")),
    ("go", "name = strings.ToLower(‸", Some("name)")),
    ("go", "s = strings.TrimPrefix(‸", Some("s, ")),
    ("go", "t := strings.TrimSpace(‸)", None),
    (
        "go",
        "w.Header().Set(\"Content-Type\", \"‸\")",
        Some("application/json"),
    ),
    (
        "go",
        "w.Header().Set(\"Content-Type\", \"app‸",
        Some("lication/json\")"),
    ),
    ("go", "w.Header().Set(\"X-Request-Id\", \"‸\")", None),
    (
        "go",
        "rows, err := db.Query(q)\nif err != nil {\n\treturn err\n}\ndefer rows.Close()\nfor rows.Ne‸",
        Some("xt() {"),
    ),
    (
        "go",
        "rows, err := db.Query(\"SELECT id, name FROM users\")\nif err != nil {\n\treturn err\n}\ndefer rows.‸",
        Some("Close()"),
    ),
    (
        "go",
        "ticker := time.NewTicker(time.Second)\ndefer ticker.‸",
        Some("Stop()"),
    ),
    (
        "go",
        "timer := time.NewTimer(d)\ndefer timer.St‸",
        Some("op()"),
    ),
    (
        "go",
        "func produce() <-chan int {\n\tch := make(chan int)\n\tgo func() {\n\t\tdefer close(‸)",
        Some("ch"),
    ),
    ("go", "func (e *NotFoundError) Err‸", Some("or() string {")),
    ("go", "func (e ValidationError) E‸", Some("rror() string {")),
    ("go", "func (s *Server) Err‸", None),
    ("go", "ch := make(chan int‸", None),
    (
        "go",
        "for _, item := range items {\n\ttotal += item.‸",
        None,
    ),
    ("go", "parts := strings.Split(line, \"‸\")", None),
    ("go", "id := r.URL.Query().Get(\"‸\")", None),
    ("go", "for msg := range ‸", None),
    ("rust", "let n: usize = s.parse().unwr‸", Some("ap()")),
    ("rust", "let name = name.trim().to_st‸", Some("ring()")),
    (
        "rust",
        "let mut input = String::new();\nio::stdin().read_line(&mut input).exp‸",
        Some("ect()"),
    ),
    ("rust", "let value = map.get(\"key\").cop‸", Some("ied()")),
    ("rust", "let v: Vec<i32> = (1..=10).coll‸", Some("ect()")),
    ("rust", "handle.await.unwr‸", Some("ap()")),
    (
        "rust",
        "let shout = words.join(\" \").to_upp‸",
        Some("ercase()"),
    ),
    ("rust", "let x = foo.bar().unwr‸", None),
    ("rust", "let upper = s.to_upp‸", Some("ercase()")),
    ("rust", "if s.starts_w‸", Some("ith()")),
    ("rust", "if path.ends_w‸", Some("ith()")),
    ("rust", "let t = s.tr‸", None),
    (
        "rust",
        "impl From<io::Error> for AppError {\n    fn fr‸",
        Some("om(err: io::Error) -> Self {"),
    ),
    (
        "rust",
        "impl From<String> for Name {\n    fn ‸",
        Some("from(value: String) -> Self {"),
    ),
    ("rust", "impl Server {\n    pub fn ne‸", Some("w()")),
    ("rust", "impl Stack {\n    fn n‸", Some("ew()")),
    (
        "rust",
        "impl Server {\n    fn new() -> Self { Self {} }\n    fn n‸",
        None,
    ),
    ("rust", "#[cfg(test)]\nmod te‸", Some("sts {")),
    ("rust", "#[cfg(test)]\nmod t‸", Some("ests {")),
    ("rust", "mod te‸", None),
    ("rust", "#[tokio::ma‸", Some("in]")),
    ("rust", "#[tokio::main]\nasync fn ma‸", Some("in() {")),
    ("rust", "#[tokio::main]\nasync fn m‸", Some("ain() {")),
    ("rust", "async fn ma‸", None),
    (
        "rust",
        "async fn fetch(url: &str) -> reqwest::Result<String> {\n    let resp = client.get(url).send().aw‸",
        Some("ait?"),
    ),
    (
        "rust",
        "impl fmt::Display for Point {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {\n        wr‸",
        Some("ite!(f, \""),
    ),
    (
        "rust",
        "impl fmt::Display for Money {\n    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {\n        w‸",
        Some("rite!(formatter, \""),
    ),
    (
        "rust",
        "fn run() -> io::Result<()> {\n    do_work()?;\n    Ok(‸",
        Some("())"),
    ),
    (
        "rust",
        "fn main() -> Result<(), Box<dyn Error>> {\n    if done {\n        return Ok(‸)",
        Some("()"),
    ),
    (
        "rust",
        "fn parse() -> Result<u32, String> {\n    Ok(‸",
        None,
    ),
    ("rust", "v.sort_by(|a, b| a.cmp(‸))", Some("b")),
    (
        "rust",
        "players.sort_by(|a, b| b.score.cmp(&‸))",
        Some("a.score"),
    ),
    (
        "rust",
        "people.sort_by(|x, y| x.name.cmp(‸",
        Some("&y.name))"),
    ),
    (
        "rust",
        "let best = items.iter().max_by(|a, b| a.price.partial_cmp(&‸",
        Some("b.price))"),
    ),
    ("rust", "v.sort_by(|a, b| foo(a).cmp(‸))", None),
    (
        "rust",
        "let file = File::open(path)?;\nlet reader = BufReader::new(‸)",
        Some("file"),
    ),
    (
        "rust",
        "let contents = fs::read_to_string(\"config.json\")?;\nlet config: Config = serde_json::from_str(&‸)",
        Some("contents"),
    ),
    (
        "rust",
        "let a = Rc::new(5);\nlet b = Rc::clone(&‸)",
        Some("a"),
    ),
    (
        "rust",
        "let f = File::create(\"out.txt\")?;\nlet mut writer = BufWriter::new(‸)",
        Some("f"),
    ),
    (
        "rust",
        "let counter = Arc::new(Mutex::new(0));\nlet c = Arc::clone(&‸)",
        Some("counter"),
    ),
    ("rust", "let n = 5;\nlet reader = BufReader::new(‸)", None),
    (
        "rust",
        "let name = user.nickname.as_deref().unwrap_or‸",
        None,
    ),
    ("rust", "let port = env::var(\"PORT\").unwrap_or_‸", None),
    ("rust", "let shared = Rc::new(RefCell::new(‸))", None),
    ("rust", "v.sort_by_key(|p| p.‸)", None),
    (
        "rust",
        "let user = users.iter().find(|u| u.id == id).ok_or‸",
        None,
    ),
    // Seventeenth round (r17e): months two to four in Rust, Go, Java, C and C++ (a `From` conversion's variant, a
    // constructor's `Self { x, y }` and a generic struct's fields, Go's struct tags named like the tags above, test
    // and handler headers, `defer cancel()`, an enum's constructor, a `Box<T>`'s `get`/`set`, `equals`' guards, a
    // list's and an iterator's loop header, `argv[i]` under `i < argc`, the erase-remove idiom).
    (
        "rust",
        "enum AppError {\n    Io(io::Error),\n    Parse(ParseIntError),\n}\n\nimpl From<io::Error> for AppError {\n    fn from(e: io::Error) -> Self {\n        AppError::‸",
        Some("Io(e)"),
    ),
    (
        "rust",
        "enum ConfigError {\n    Missing(String),\n    BadNumber(ParseIntError),\n}\n\nimpl From<ParseIntError> for ConfigError {\n    fn from(err: ParseIntError) -> Self {\n        Self::‸",
        Some("BadNumber(err)"),
    ),
    (
        "rust",
        "enum ConfigError {\n    Missing(String),\n    BadNumber(ParseIntError),\n}\n\nimpl From<ParseIntError> for ConfigError {\n    fn from(err: ParseIntError) -> Self {\n        ConfigError::Bad‸",
        Some("Number(err)"),
    ),
    (
        "rust",
        "enum AppError {\n    Io(io::Error),\n    Other(String),\n}\n\nimpl From<String> for AppError {\n    fn from(message: String) -> Self {\n        AppError::‸",
        Some("Other(message)"),
    ),
    (
        "rust",
        "enum AppError {\n    Io(io::Error),\n    Parse(ParseIntError),\n}\n\nfn read(path: &str) -> Result<String, AppError> {\n    Err(AppError::‸",
        None,
    ),
    (
        "rust",
        "#[derive(Debug, Clone, PartialEq)]\nstruct Point {\n    x: i32,\n    y: i32,\n}\n\nimpl Point {\n    fn new(x: i32, y: i32) -> Self {\n        Self { ‸ }",
        Some("x, y"),
    ),
    (
        "rust",
        "struct Stack<T> {\n    items: Vec<T>,\n}\n\nimpl<T> Stack<T> {\n    fn new() -> Self {\n        Stack { ‸ }",
        Some("items: Vec::new()"),
    ),
    (
        "rust",
        "struct Account {\n    owner: String,\n    balance: f64,\n    history: Vec<f64>,\n}\n\nimpl Account {\n    pub fn new(owner: String) -> Account {\n        Account { ‸",
        Some("owner, balance: 0.0, history: Vec::new() }"),
    ),
    (
        "rust",
        "struct Player {\n    name: String,\n    position: Position,\n}\n\nimpl Player {\n    fn new(name: String) -> Self {\n        Self { ‸ }",
        None,
    ),
    (
        "rust",
        "struct Point {\n    x: i32,\n    y: i32,\n}\n\nimpl Point {\n    fn new(x: i32, y: i32, scale: i32) -> Self {\n        Self { ‸ }",
        None,
    ),
    (
        "rust",
        "struct Point {\n    x: i32,\n    y: i32,\n}\n\nimpl Point {\n    fn origin() -> Self {\n        Self { ‸ }",
        None,
    ),
    (
        "go",
        "type User struct {\n\tName  string `json:\"name\"`\n\tEmail string ‸",
        Some("`json:\"email\"`"),
    ),
    (
        "go",
        "type User struct {\n\tID   int    `json:\"id\"`\n\tName string `json:\"‸",
        Some("name\"`"),
    ),
    (
        "go",
        "type Order struct {\n\tOrderID   int     `json:\"order_id\"`\n\tUnitPrice float64 `json:\"unit_price\"`\n\tCreatedAt string  `json:\"‸",
        Some("created_at\"`"),
    ),
    (
        "go",
        "type Order struct {\n\tOrderID   int     `json:\"orderId,omitempty\"`\n\tCreatedAt string  ‸",
        Some("`json:\"createdAt,omitempty\"`"),
    ),
    (
        "go",
        "type Item struct {\n\tID    int    `json:\"id\" db:\"id\"`\n\tTitle string ‸",
        Some("`json:\"title\" db:\"title\"`"),
    ),
    (
        "go",
        "type Item struct {\n\tID   int `json:\"id\"`\n\tUnitPrice float64 ‸",
        None,
    ),
    (
        "go",
        "type Item struct {\n\tID   int `json:\"id\"`\n\tCount int\n\tName string ‸",
        None,
    ),
    (
        "go",
        "type Item struct {\n\tID   int\n\tName string ‸",
        None,
    ),
    (
        "go",
        "type Item struct {\n\tID   int    `json:\"id\"`\n\tName string `json:\"na‸`",
        Some("me\""),
    ),
    (
        "go",
        "func helloHandler(w http.ResponseWriter, r ‸",
        Some("*http.Request) {"),
    ),
    (
        "go",
        "func TestAdd(t *testing.T) {\n\tfor _, tt := range tests {\n\t\tt.Run(tt.name, ‸",
        Some("func(t *testing.T) {"),
    ),
    // Before an editor's `)`, the subtest's function is not offered (its `{` would open inside the call).
    (
        "go",
        "func TestAdd(t *testing.T) {\n\tfor _, tc := range cases {\n\t\tt.Run(tc.desc, ‸)",
        None,
    ),
    ("go", "func TestParseDate(‸", Some("t *testing.T) {")),
    ("go", "func TestParseDate(‸)", Some("t *testing.T")),
    ("go", "func TestParseDate(t ‸", Some("*testing.T) {")),
    ("go", "func Testify(‸", None),
    ("go", "func TestParse‸", None),
    (
        "go",
        "func fetch(url string) error {\n\tctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)\n\t‸",
        Some("defer cancel()"),
    ),
    (
        "go",
        "func run() {\n\tctx, stop := context.WithCancel(context.Background())\n\t‸",
        Some("defer stop()"),
    ),
    (
        "go",
        "func run() {\n\tctx, _ := context.WithCancel(context.Background())\n\t‸",
        None,
    ),
    (
        "java",
        "enum Planet {\n    MERCURY(3.303e+23, 2.4397e6),\n    EARTH(5.976e+24, 6.37814e6);\n\n    private final double mass;\n    private final double radius;\n\n    Planet(double mass, double radius) {\n        this.mass = mass;\n        ‸",
        Some("this.radius = radius;"),
    ),
    (
        "java",
        "public enum Coin {\n    PENNY(1, \"penny\"), DIME(10, \"dime\");\n\n    private final int cents;\n    private final String label;\n\n    Coin(int cents, String label) {\n        this.cents = ‸",
        Some("cents;"),
    ),
    (
        "java",
        "public class Box<T> {\n    private T value;\n\n    public T get() {\n        return ‸",
        Some("value;"),
    ),
    (
        "java",
        "public class Box<T> {\n    private T value;\n\n    public void set(T value) {\n        ‸",
        Some("this.value = value;"),
    ),
    (
        "java",
        "public class Pair<A, B> {\n    private A first;\n    private B second;\n\n    public A get() {\n        return ‸",
        None,
    ),
    (
        "java",
        "public class Box<T> {\n    private T item;\n\n    public void set(T value) {\n        ‸",
        None,
    ),
    (
        "java",
        "@Override\npublic boolean equals(Object o) {\n    if (this == o) ‸",
        Some("return true;"),
    ),
    (
        "java",
        "@Override\npublic boolean equals(Object o) {\n    if (this == o) return true;\n    if (o == null || getClass() != o.getClass()) ‸",
        Some("return false;"),
    ),
    (
        "java",
        "@Override\npublic boolean equals(Object other) {\n    if (!(other instanceof Point)) ‸",
        Some("return false;"),
    ),
    (
        "java",
        "@Override\npublic boolean equals(Object obj) {\n    if (obj == this) ‸",
        Some("return true;"),
    ),
    (
        "java",
        "public boolean same(Object o) {\n    if (this == o) ‸",
        None,
    ),
    (
        "java",
        "@Override\npublic boolean equals(Object o) {\n    if (o.hashCode() == 0) ‸",
        None,
    ),
    (
        "c",
        "void print_list(struct Node *head) {\n    for (struct Node *p = head; p != NULL; ‸",
        Some("p = p->next) {"),
    ),
    (
        "c",
        "int length(Node *list) {\n    int n = 0;\n    for (Node *cur = list; cur; ‸",
        Some("cur = cur->next) {"),
    ),
    (
        "c",
        "void show(int *values, int n) {\n    for (int *p = values; p != NULL; ‸",
        None,
    ),
    (
        "c",
        "int main(int argc, char *argv[]) {\n    for (int i = 1; i < argc; i++) {\n        printf(\"%s\\n\", ‸",
        Some("argv[i]);"),
    ),
    (
        "c",
        "int main(int argc, char **argv) {\n    for (int k = 0; k < argc; k++) {\n        printf(\"arg: %s\\n\", ‸",
        Some("argv[k]);"),
    ),
    (
        "c",
        "int main(int argc, char *argv[]) {\n    for (int i = 1; i < argc; i++) {\n        printf(\"%d: %s\\n\", ‸",
        None,
    ),
    (
        "c",
        "int main(void) {\n    for (int i = 0; i < 10; i++) {\n        printf(\"%s\\n\", ‸",
        None,
    ),
    ("c", "if (strcmp(argv[1], \"--help\") == 0) ‸", None),
    ("c", "if (strcmp(input, \"quit\") ‸", Some("== 0) {")),
    (
        "cpp",
        "std::map<std::string, int> m;\nfor (auto it = m.begin(); it != ‸",
        Some("m.end(); ++it) {"),
    ),
    (
        "cpp",
        "std::vector<int> scores;\nfor (std::vector<int>::iterator it = scores.begin(); ‸",
        Some("it != scores.end(); ++it) {"),
    ),
    (
        "cpp",
        "for (auto iter = words.cbegin(); iter != ‸",
        Some("words.cend(); ++iter) {"),
    ),
    (
        "cpp",
        "for (auto it = m.begin(); it != m.end(); ‸",
        Some("++it) {"),
    ),
    (
        "cpp",
        "v.erase(std::remove_if(v.begin(), v.end(), [](int x) { return x < 0; }), ‸",
        Some("v.end());"),
    ),
    (
        "cpp",
        "names.erase(std::remove(names.begin(), names.end(), \"bob\"), ‸",
        Some("names.end());"),
    ),
    (
        "cpp",
        "names.erase(std::remove(names.begin(), names.end(), \"bob\"), ‸)",
        Some("names.end()"),
    ),
    ("cpp", "names.erase(names.begin(), ‸", None),
    (
        "cpp",
        "names.erase(std::remove(names.begin(), names.end(), x)‸",
        None,
    ),
    // Left empty: several continuations are as likely.
    ("rust", "for (a, b) in xs.iter().zip(‸)", None),
    ("go", "if errors.Is(err, ‸)", None),
    ("go", "done := make(chan ‸)", None),
    ("java", "String name = opt.orElseThrow(‸)", None),
    ("java", "record Point(int x, int y) ‸", None),
    ("c", "char *p = strchr(s, ‸", None),
    ("cpp", "auto p = std::make_unique<Node>(‸)", None),
    // r17e, second part: a lifetime's borrowed result, a generic struct's `impl<T> `, `wg.Wait()` and `close(ch)`
    // after a loop of goroutine work, a released pointer cleared, `std::string::npos`.
    (
        "rust",
        "fn longest<'a>(a: &'a str, b: &'a str) -> ‸",
        Some("&'a str {"),
    ),
    (
        "rust",
        "pub fn pick<'x>(first: &'x [i32], second: &'x [i32], flag: bool) -> ‸",
        Some("&'x [i32] {"),
    ),
    (
        "rust",
        "fn get<'a>(map: &'a HashMap<String, String>, key: &str) -> ‸",
        None,
    ),
    (
        "rust",
        "fn is_longer<'a>(a: &'a str, b: &'a str) -> ‸",
        None,
    ),
    (
        "rust",
        "struct Parser<'a> {\n    input: &'a str,\n}\n\nimpl<'a> ‸",
        Some("Parser<'a> {"),
    ),
    (
        "rust",
        "struct Stack<T> {\n    items: Vec<T>,\n}\n\nimpl<T> ‸",
        Some("Stack<T> {"),
    ),
    (
        "rust",
        "struct Stack<T> {\n    items: Vec<T>,\n}\n\nimpl<T: Display> ‸",
        None,
    ),
    (
        "rust",
        "struct Stack<T> {\n    items: Vec<T>,\n}\n\nimpl<T> Stack<T> {\n}\n\nimpl<T> ‸",
        None,
    ),
    (
        "go",
        "func main() {\n\tvar wg sync.WaitGroup\n\tfor i := 0; i < 3; i++ {\n\t\twg.Add(1)\n\t\tgo func(id int) {\n\t\t\tdefer wg.Done()\n\t\t\twork(id)\n\t\t}(i)\n\t}\n\t‸",
        Some("wg.Wait()"),
    ),
    (
        "go",
        "func crawl(urls []string) {\n\tvar group sync.WaitGroup\n\tfor _, u := range urls {\n\t\tgroup.Add(1)\n\t\tgo fetch(u, &group)\n\t}\n\t‸",
        Some("group.Wait()"),
    ),
    (
        "go",
        "func main() {\n\tvar wg sync.WaitGroup\n\tfor _, url := range urls {\n\t\twg.Add(1)\n\t\tgo fetch(url, &wg)\n\t}\n\twg.Wait()\n\t‸",
        None,
    ),
    (
        "go",
        "func main() {\n\tch := make(chan int)\n\tgo func() {\n\t\tfor i := 0; i < 5; i++ {\n\t\t\tch <- i\n\t\t}\n\t\t‸",
        Some("close(ch)"),
    ),
    (
        "go",
        "func produce(jobs chan<- string, names []string) {\n\tgo func() {\n\t\tfor _, name := range names {\n\t\t\tjobs <- name\n\t\t}\n\t\t‸",
        Some("close(jobs)"),
    ),
    (
        "go",
        "func main() {\n\tfor i := 0; i < 5; i++ {\n\t\tch <- i\n\t}\n\t‸",
        None,
    ),
    (
        "go",
        "func main() {\n\tgo func() {\n\t\tdefer close(out)\n\t\tfor _, n := range nums {\n\t\t\tout <- n\n\t\t}\n\t\t‸",
        None,
    ),
    (
        "c",
        "int main(void) {\n    int *arr = malloc(10 * sizeof(int));\n    free(arr);\n    arr = ‸",
        Some("NULL;"),
    ),
    (
        "c",
        "void destroy(struct Stack *s) {\n    free(s->items);\n    s->items = ‸",
        Some("NULL;"),
    ),
    (
        "cpp",
        "void reset() {\n    delete head;\n    head = ‸",
        Some("nullptr;"),
    ),
    ("c", "free(arr);\ncount = ‸", None),
    (
        "cpp",
        "std::string s = \"hello world\";\nauto pos = s.find(' ');\nif (pos != std::string::‸",
        Some("npos) {"),
    ),
    (
        "cpp",
        "auto pos = line.find(',');\nwhile (pos == std::string::np‸",
        Some("os) {"),
    ),
    (
        "cpp",
        "bool found = s.find(x) != std::string::‸",
        Some("npos;"),
    ),
    ("cpp", "if (pos != std::string::‸)", Some("npos")),
    ("cpp", "std::string::‸", None),
    // r17e, third part: Java's map entry read on one line (`e.getValue());`) and a count merged (`Integer::sum);`).
    (
        "java",
        "for (Map.Entry<String, Integer> e : counts.entrySet()) {\n    System.out.println(e.getKey() + \": \" + ‸",
        Some("e.getValue());"),
    ),
    (
        "java",
        "for (var entry : scores.entrySet()) {\n    String line = entry.getKey() + \" -> \" + ‸",
        Some("entry.getValue();"),
    ),
    (
        "java",
        "for (var e : counts.entrySet()) {\n    System.out.println(e.getKey() + \": \" + ‸)",
        Some("e.getValue()"),
    ),
    (
        "java",
        "for (var entry : scores.entrySet()) {\n    System.out.println(entry.getKey() + \" \" + entry.getValue() + ‸",
        None,
    ),
    (
        "java",
        "Map<String, Integer> counts = new HashMap<>();\nfor (String w : words) {\n    counts.merge(w, 1, ‸",
        Some("Integer::sum);"),
    ),
    ("java", "totals.merge(name, 1L, ‸", Some("Long::sum);")),
    ("java", "totals.merge(name, amount, ‸", None),
    // Fourteenth round (e): a first program's input, loop and types (a prompt named for its variable, a quit word's `break`, React's import, Rust's `impl` of the new struct, Go's `sync` variables, C++ member initializers).
    ("python", "name = input(‸", Some("\"Enter your name: \")")),
    (
        "python",
        "age = int(input(‸",
        Some("\"Enter your age: \"))"),
    ),
    (
        "python",
        "first_name = input(‸",
        Some("\"Enter your first name: \")"),
    ),
    ("python", "x = input(‸", None),
    ("python", "print(input(‸", None),
    (
        "python",
        "x = input(\"Enter a number: \")\nn = int(‸",
        Some("x)"),
    ),
    ("python", "total = int(‸", None),
    (
        "python",
        "colors = [\"red\", \"green\"]\npick = random.choice(‸",
        Some("colors)"),
    ),
    ("python", "a = [1]\nb = [2]\npick = random.choice(‸", None),
    (
        "python",
        "import math\n\narea = math.pi * r ‸",
        Some("** 2"),
    ),
    ("python", "import math\n\nlength = math.pi * d ‸", None),
    (
        "python",
        "while True:\n    line = input()\n    if line == \"quit\":\n        ‸",
        Some("break"),
    ),
    (
        "python",
        "while True:\n    cmd = input(\"> \")\n    if cmd.lower() == 'q':\n        ‸",
        Some("break"),
    ),
    (
        "python",
        "while True:\n    if x == \"other\":\n        ‸",
        None,
    ),
    (
        "javascript",
        "while (true) {\n  const answer = prompt();\n  if (answer === \"exit\") {\n    ‸",
        Some("break;"),
    ),
    (
        "javascript",
        "import React, { useState } from ‸",
        Some("'react'"),
    ),
    (
        "javascript",
        "import { useState, useEffect } from ‸",
        Some("'react'"),
    ),
    ("javascript", "import { foo } from ‸", None),
    ("javascript", "const timer = setInterval(‸", Some("() => {")),
    ("javascript", "setTimeout(‸", Some("() => {")),
    (
        "rust",
        "fn main() {\n    if let Err(e) = run() {\n        ‸",
        Some("eprintln!(\"Error: {e}\");"),
    ),
    (
        "rust",
        "fn main() {\n    let mut stack = vec![1];\n    while let Some(top) = stack.‸",
        Some("pop() {"),
    ),
    (
        "rust",
        "fn main() {\n    let mut it = v.iter();\n    while let Some(x) = it.‸",
        None,
    ),
    (
        "rust",
        "struct Point {\n    x: f64,\n    y: f64,\n}\n\nimpl ‸",
        Some("Point {"),
    ),
    (
        "rust",
        "struct Point {\n    x: f64,\n}\n\nimpl Point {\n}\n\nimpl ‸",
        None,
    ),
    (
        "go",
        "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar wg sync.‸",
        Some("WaitGroup"),
    ),
    (
        "go",
        "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar mu sync.M‸",
        Some("utex"),
    ),
    (
        "go",
        "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar cache sync.‸",
        None,
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main(void) {\n    int n;\n    printf(\"Enter n: \");\n    scanf(‸",
        Some("\"%d\", &n);"),
    ),
    (
        "cpp",
        "#include <string>\n\nclass Person {\n    std::string name;\npublic:\n    Person(std::string name) : ‸",
        Some("name(name) {}"),
    ),
    (
        "cpp",
        "#include <string>\n\nclass Person {\npublic:\n    Person(std::string name) : ‸",
        None,
    ),
    (
        "cpp",
        "class Point {\n    int x_;\n    int y_;\npublic:\n    Point(int x, int y) : ‸",
        Some("x_(x), y_(y) {}"),
    ),
    ("cpp", "int f(int a) : ‸", None),
    // Fourteenth round (f): classes and their contracts (`__eq__` over the fields, a property's private field, `@abstractmethod`, the method a trait or an interface asks for).
    (
        "python",
        "class Point:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n\n    def __eq__(self, other):\n        return ‸",
        Some("self.x == other.x and self.y == other.y"),
    ),
    (
        "python",
        "class Point:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n\n    def distance(self, other):\n        return ‸",
        None,
    ),
    (
        "python",
        "class Person:\n    def __init__(self, name):\n        self._name = name\n\n    @property\n    def name(self):\n        return ‸",
        Some("self._name"),
    ),
    (
        "python",
        "class Person:\n    def __init__(self, name):\n        self._name = name\n\n    def name(self):\n        return ‸",
        None,
    ),
    (
        "python",
        "from abc import ABC, abstractmethod\n\nclass Shape(ABC):\n    @‸",
        Some("abstractmethod"),
    ),
    ("python", "class Shape:\n    @‸", None),
    (
        "rust",
        "trait Shape {\n    fn area(&self) -> f64;\n}\n\nstruct Square {\n    side: f64,\n}\n\nimpl Shape for Square {\n    fn ‸",
        Some("area(&self) -> f64 {"),
    ),
    (
        "rust",
        "trait Shape {\n    fn name(&self) -> String { String::new() }\n    fn area(&self) -> f64;\n}\n\nimpl Shape for Square {\n    fn a‸",
        Some("rea(&self) -> f64 {"),
    ),
    (
        "go",
        "package main\n\ntype Shape interface {\n\tArea() float64\n\tPerimeter() float64\n}\n\ntype Rect struct {\n\tW, H float64\n}\n\nfunc (r Rect) ‸",
        Some("Area() float64 {"),
    ),
    (
        "go",
        "package main\n\ntype Shape interface {\n\tArea() float64\n\tPerimeter() float64\n}\n\nfunc (r Rect) Area() float64 {\n\treturn r.W * r.H\n}\n\nfunc (r Rect) ‸",
        Some("Perimeter() float64 {"),
    ),
    ("go", "package main\n\nfunc (r Rect) ‸", None),
    (
        "typescript",
        "interface Shape {\n  area(): number;\n  name: string;\n}\n\nclass Circle implements Shape {\n  constructor(private radius: number) {}\n\n  ‸",
        Some("area(): number {"),
    ),
    (
        "typescript",
        "interface Shape {\n  area(): number;\n  perimeter(): number;\n}\n\nclass Circle implements Shape {\n  area(): number {\n    return 1;\n  }\n\n  ‸",
        Some("perimeter(): number {"),
    ),
    (
        "typescript",
        "class Circle {\n  area(): number {\n    return 1;\n  }\n\n  ‸",
        None,
    ),
    // Eighteenth round (r18j): systems tools and scripts in Go, Rust and C: the failure status after an error
    // written to the error stream (`os.Exit(` -> `1)`, `process::ex` -> `it(1);`, `exit(` -> `1);`), a Go
    // function literal's own results under `if err != nil {`, `defer func() {...}` -> `()`, `cmd.Stderr = os.` ->
    // `Stderr`, the members of `exec.Cmd`, `fs.DirEntry`, `os.FileInfo`, `bufio.Writer` and the hashes; Rust's
    // `Command`, `ExitStatus`, `Path`, `Metadata`, `DirEntry`, a digest, atomic `Ordering::`, an extension's
    // `to_str()`, a read buffer and its count, the caught error and the program's name in a message; C's stream
    // argument (`fclose(f` -> `p);`), the base of `strtol`, the struct tags kept out of values (`readdir(di` ->
    // `r`), the system structs' fields, `SEEK_END` and friends, `getopt`'s `-1` and `optarg`, `waitpid`'s
    // options and status, a signal handler's flag, `i < argc` in `main`.
    (
        "go",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"io/fs\"\n\t\"path/filepath\"\n)\n\nfunc main() {\n\terr := filepath.WalkDir(\".\", func(path string, d fs.DirEntry, err error) error {\n\t\tif err != nil {\n\t\t\treturn ‸",
        Some("err"),
    ),
    (
        "go",
        "func main() {\n\troot := \".\"\n\terr := filepath.WalkD‸",
        Some("ir()"),
    ),
    ("go", "port := flag.Int(\"port\", 8080, \"‸\")", None),
    (
        "go",
        "name := flag.String(\"name\", \"world\", \"name to greet\")\nflag.Pa‸",
        Some("rse()"),
    ),
    (
        "go",
        "name := flag.String(\"name\", \"world\", \"name to greet\")\nflag.Parse()\nfmt.Println(\"hello\", *na‸",
        Some("me"),
    ),
    (
        "go",
        "if len(os.Args) < 2 {\n\tfmt.Fprintln(os.Stderr, \"usage: tool <file>\")\n\tos.Exit(‸",
        Some("1)"),
    ),
    (
        "go",
        "if len(os.Args) < 2 {\n\tfmt.Fprintln(os.St‸",
        Some("derr, "),
    ),
    (
        "go",
        "out, err := exec.Command(\"git\", \"status\").Out‸",
        Some("put()"),
    ),
    (
        "go",
        "cmd := exec.Command(\"ls\", \"-l\")\ncmd.Stdout = os.St‸",
        Some("dout"),
    ),
    (
        "go",
        "start := time.Now()\ndoWork()\nfmt.Println(\"took\", time.Since(‸",
        Some("start))"),
    ),
    (
        "go",
        "start := time.Now()\ndoWork()\nelapsed := time.Since(st‸)",
        Some("art"),
    ),
    (
        "go",
        "f, err := os.Open(path)\nif err != nil {\n\treturn err\n}\ndefer f.Cl‸",
        Some("ose()"),
    ),
    (
        "go",
        "src, err := os.Open(from)\nif err != nil {\n\treturn err\n}\ndefer src.Close()\ndst, err := os.Create(to)\nif err != nil {\n\treturn err\n}\ndefer dst.Close()\n_, err = io.Copy(dst, s‸",
        Some("rc"),
    ),
    (
        "go",
        "scanner := bufio.NewScanner(f)\nfor scanner.Sc‸",
        Some("an() {"),
    ),
    (
        "go",
        "scanner := bufio.NewScanner(f)\nfor scanner.Scan() {\n\tline := scanner.T‸",
        Some("ext()"),
    ),
    (
        "go",
        "for scanner.Scan() {\n\tline := scanner.Text()\n\tfields := strings.Fields(li‸",
        Some("ne"),
    ),
    (
        "go",
        "fields := strings.Fields(line)\nn, err := strconv.Atoi(fields[0‸",
        Some("])"),
    ),
    (
        "go",
        "h := sha256.New()\nif _, err := io.Copy(h, f); err != nil {\n\tlog.Fatal(err)\n}\nfmt.Printf(\"%x\\n\", h.Su‸",
        Some("m(nil)"),
    ),
    (
        "go",
        "data, err := os.ReadFile(path)\nif err != nil {\n\treturn err\n}\nsum := sha256.Sum256(da‸",
        Some("ta"),
    ),
    (
        "go",
        "sigs := make(chan os.Signal, 1)\nsignal.Notify(sigs, syscall.SIGINT, syscall.SIGT‸",
        Some("ERM"),
    ),
    (
        "go",
        "data, err := os.ReadFile(\"config.json\")\nif err != nil {\n\tlog.Fatal(err)\n}\nvar cfg Config\nif err := json.Unmarshal(data, &c‸",
        Some("fg"),
    ),
    ("go", "port := os.Getenv(\"P‸\")", None),
    (
        "go",
        "port := os.Getenv(\"PORT\")\nif port == \"\" {\n\tport = \"‸\"",
        None,
    ),
    (
        "go",
        "entries, err := os.ReadDir(dir)\nif err != nil {\n\treturn err\n}\nfor _, e := range entries {\n\tfmt.Println(e.Na‸",
        Some("me()"),
    ),
    (
        "go",
        "for _, e := range entries {\n\tif e.IsDir() {\n\t\tcont‸",
        Some("inue"),
    ),
    (
        "go",
        "start := time.Now()\ncount := 0\nlog.Printf(\"processed %d files in %v\", count, time.Si‸",
        Some("nce()"),
    ),
    (
        "go",
        "if err != nil {\n\tfmt.Fprintf(os.Stderr, \"error: %v\\n\", e‸",
        Some("rr"),
    ),
    (
        "go",
        "if err := run(); err != nil {\n\tfmt.Fprintln(os.Stderr, err)\n\tos.Ex‸",
        Some("it(1)"),
    ),
    (
        "go",
        "w := bufio.NewWriter(os.Stdout)\ndefer w.Fl‸",
        Some("ush()"),
    ),
    ("go", "parts := strings.Split(line, \"‸\")", None),
    ("go", "verbose := flag.Bool(\"v\", fal‸", Some("se")),
    (
        "go",
        "flag.Parse()\nargs := flag.Args()\nfor _, a := range ar‸",
        Some("gs"),
    ),
    (
        "go",
        "info, err := os.Stat(path)\nif err != nil {\n\treturn err\n}\nsize := info.Si‸",
        Some("ze()"),
    ),
    (
        "go",
        "ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt)\ndefer can‸",
        Some("cel"),
    ),
    (
        "go",
        "<-sigs\nfmt.Println(\"shutting down\")\nos.Exit(‸",
        None,
    ),
    (
        "go",
        "out, err := exec.Command(\"date\").Output()\nif err != nil {\n\tlog.Fatal(err)\n}\nfmt.Println(string(o‸",
        Some("ut"),
    ),
    (
        "go",
        "cmd := exec.Command(\"go\", \"build\")\ncmd.Stdout = os.Stdout\ncmd.Stderr = os.‸",
        Some("Stderr"),
    ),
    (
        "go",
        "cmd := exec.Command(\"go\", \"build\")\nif err := cmd.Ru‸",
        Some("n()"),
    ),
    (
        "go",
        "func hash(s string) uint32 {\n\th := fnv.New32a()\n\th.Write([]byte(s))\n\treturn h.Sum‸",
        Some("32()"),
    ),
    (
        "go",
        "deadline := time.Now().Add(5 * time.Sec‸",
        Some("ond"),
    ),
    (
        "go",
        "start := time.Now()\ndefer func() {\n\tlog.Printf(\"done in %s\", time.Since(start))\n}‸",
        Some("()"),
    ),
    ("go", "if strings.HasPrefix(line, \"#‸\")", None),
    ("go", "r := bufio.NewReader(os.St‸", Some("din)")),
    (
        "go",
        "r := bufio.NewReader(os.Stdin)\ntext, _ := r.ReadString('\\n‸",
        Some("')"),
    ),
    ("go", "n, err := src.Read(buf)\nif err == io.E‸", Some("OF")),
    (
        "go",
        "if err != nil {\n\tlog.Fatalf(\"read %s: %v\", path, e‸",
        Some("rr)"),
    ),
    (
        "go",
        "timeout := flag.Duration(\"timeout\", 30*time.Sec‸",
        Some("ond"),
    ),
    (
        "rust",
        "use std::env;\n\nfn main() {\n\tlet args: Vec<String> = env::args().coll‸",
        Some("ect()"),
    ),
    (
        "rust",
        "let args: Vec<String> = std::env::args().collect();\nif args.len() < 2 {\n\teprintln!(\"usage: {} <file>\", args[‸",
        Some("0]);"),
    ),
    (
        "rust",
        "let args: Vec<String> = std::env::args().collect();\nif args.len() < 2 {\n\teprintln!(\"usage: {} <file>\", args[0]);\n\tstd::process::exit(‸",
        Some("1);"),
    ),
    (
        "rust",
        "use std::process::Command;\nlet output = Command::new(\"ls\").arg(\"-l\").out‸",
        Some("put()"),
    ),
    (
        "rust",
        "let output = Command::new(\"git\").args([\"status\"]).output().expect(\"‸\")",
        None,
    ),
    (
        "rust",
        "for entry in std::fs::read_dir(\".\")? {\n\tlet entry = entry?;\n\tlet path = entry.pa‸",
        Some("th()"),
    ),
    (
        "rust",
        "for entry in std::fs::read_dir(\".\")? {\n\tlet entry = entry?;\n\tlet path = entry.path();\n\tif path.is_d‸",
        Some("ir()"),
    ),
    (
        "rust",
        "fn visit(dir: &Path) -> io::Result<()> {\n\tfor entry in fs::read_dir(dir)? {\n\t\tlet entry = entry?;\n\t\tlet path = entry.path();\n\t\tif path.is_dir() {\n\t\t\tvisit(&pa‸",
        Some("th"),
    ),
    (
        "rust",
        "let start = Instant::now();\ndo_work();\nprintln!(\"took {:?}\", start.ela‸",
        Some("psed()"),
    ),
    ("rust", "let start = std::time::Instant::n‸", Some("ow()")),
    (
        "rust",
        "let file = File::open(&path)?;\nlet reader = BufReader::new(fi‸",
        Some("le"),
    ),
    (
        "rust",
        "let file = File::open(&path)?;\nlet reader = BufReader::new(file);\nfor line in reader.li‸",
        Some("nes() {"),
    ),
    (
        "rust",
        "for line in reader.lines() {\n\tlet line = line?;\n\tlet nums: Vec<i32> = line.split_whitespace().map(|s| s.parse().unwrap()).coll‸",
        Some("ect()"),
    ),
    (
        "rust",
        "let parts: Vec<&str> = line.split_whitespace().collect();\nlet n: i32 = parts[1].parse().unw‸",
        Some("rap()"),
    ),
    (
        "rust",
        "let mut writer = BufWriter::new(File::create(\"out.txt\")?);\nfor line in &lines {\n\twriteln!(writer, \"{}\", li‸",
        Some("ne"),
    ),
    (
        "rust",
        "match run() {\n\tOk(()) => {}\n\tErr(e) => {\n\t\teprintln!(\"error: {}\", ‸",
        Some("e);"),
    ),
    (
        "rust",
        "\tErr(e) => {\n\t\teprintln!(\"error: {}\", e);\n\t\tstd::process::ex‸",
        Some("it(1);"),
    ),
    (
        "rust",
        "let level = env::var(\"LOG_LEVEL\").unwrap_or_else(|_| \"info\".to_st‸",
        Some("ring()"),
    ),
    (
        "rust",
        "let contents = fs::read_to_string(\"config.toml\")?;\nlet config: Config = toml::from_str(&con‸",
        Some("tents"),
    ),
    (
        "rust",
        "let config: Config = serde_json::from_str(&data).expect(\"‸\")",
        None,
    ),
    (
        "rust",
        "let mut hasher = Sha256::new();\nhasher.upd‸",
        Some("ate()"),
    ),
    (
        "rust",
        "let mut hasher = Sha256::new();\nhasher.update(&bytes);\nlet digest = hasher.final‸",
        Some("ize()"),
    ),
    (
        "rust",
        "let mut buf = [0u8; 8192];\nloop {\n\tlet n = reader.read(&mut b‸",
        Some("uf)"),
    ),
    (
        "rust",
        "loop {\n\tlet n = reader.read(&mut buf)?;\n\tif n == 0 {\n\t\tbr‸",
        Some("eak"),
    ),
    (
        "rust",
        "loop {\n\tlet n = reader.read(&mut buf)?;\n\tif n == 0 {\n\t\tbreak;\n\t}\n\twriter.write_all(&buf[..‸",
        Some("n])?;"),
    ),
    (
        "rust",
        "let status = Command::new(\"make\").status()?;\nif !status.succ‸",
        Some("ess()"),
    ),
    (
        "rust",
        "let r = running.clone();\nctrlc::set_handler(move || {\n\tr.store(false, Ordering::Se‸",
        Some("qCst"),
    ),
    (
        "rust",
        "let running = Arc::new(AtomicBool::new(tr‸",
        Some("ue"),
    ),
    ("rust", "while running.load(Ordering::SeqC‸", Some("st")),
    (
        "rust",
        "let args: Vec<String> = env::args().collect();\nlet name = args.get(1).map(|s| s.as_str()).unwrap_or(\"‸\")",
        None,
    ),
    (
        "rust",
        "let verbose = args.iter().any(|a| a == \"‸\")",
        None,
    ),
    ("rust", "for (i, arg) in env::args().enu‸", Some("merate()")),
    ("rust", "for arg in env::args().sk‸", Some("ip()")),
    (
        "rust",
        "let metadata = fs::metadata(&path)?;\nprintln!(\"{} bytes\", metadata.le‸",
        Some("n()"),
    ),
    (
        "rust",
        "let mut file = File::create(&out_path)?;\nfile.write_all(s.as_by‸",
        Some("tes()"),
    ),
    ("rust", "use std::io::{self, Bu‸}", Some("fRead")),
    (
        "rust",
        "let stdin = io::stdin();\nfor line in stdin.lock().li‸",
        Some("nes() {"),
    ),
    (
        "rust",
        "let mut input = String::new();\nio::stdin().read_line(&mut in‸",
        Some("put)"),
    ),
    (
        "rust",
        "let mut input = String::new();\nio::stdin().read_line(&mut input).unwrap();\nlet x: i32 = input.trim().pa‸",
        Some("rse()"),
    ),
    (
        "rust",
        "if let Err(e) = fs::create_dir_all(&out_dir) {\n\teprintln!(\"cannot create {}: {}\", out_dir.display(), ‸",
        Some("e);"),
    ),
    (
        "rust",
        "let path = Path::new(&args[1]);\nif !path.exi‸",
        Some("sts()"),
    ),
    (
        "rust",
        "let ext = path.extension().and_then(|e| e.to_s‸",
        Some("tr()"),
    ),
    (
        "rust",
        "let name = entry.file_name().to_string_lossy().into_‸",
        Some("owned()"),
    ),
    (
        "rust",
        "let output = Command::new(\"sh\").arg(\"-c\").arg(&cmd).output()?;\nif !output.status.succ‸",
        Some("ess()"),
    ),
    ("rust", "let code = output.status.co‸", Some("de()")),
    (
        "rust",
        "fn main() -> Result<(), Box<dyn Err‸",
        Some("or>> {"),
    ),
    (
        "rust",
        "let mut counts: HashMap<String, usize> = HashMap::new();\nfor word in line.split_whitespace() {\n\t*counts.entry(word.to_string()).or_in‸",
        Some("sert(0) += 1;"),
    ),
    (
        "rust",
        "let elapsed = start.elapsed();\nprintln!(\"{} ms\", elapsed.as_mi‸",
        None,
    ),
    (
        "rust",
        "let key = env::var(\"API_KEY\").expect(\"‸\")",
        None,
    ),
    (
        "rust",
        "for entry in WalkDir::new(\".\").into_it‸",
        Some("er()"),
    ),
    (
        "c",
        "#include <stdio.h>\n#include <stdlib.h>\n\nint main(int argc, char *argv[]) {\n\tif (argc < 2) {\n\t\tfprintf(stderr, \"usage: %s <file>\\n\", argv[‸",
        Some("0]);"),
    ),
    (
        "c",
        "int main(int argc, char *argv[]) {\n\tif (argc < 2) {\n\t\tfprintf(stderr, \"usage: %s <file>\\n\", argv[0]);\n\t\treturn EXIT_FAI‸",
        Some("LURE"),
    ),
    ("c", "FILE *fp = fopen(argv[1], \"‸\")", None),
    (
        "c",
        "FILE *fp = fopen(argv[1], \"r\");\nif (fp == NU‸",
        Some("LL) {"),
    ),
    (
        "c",
        "FILE *fp = fopen(argv[1], \"r\");\nif (fp == NULL) {\n\tperror(\"‸\")",
        None,
    ),
    (
        "c",
        "FILE *fp = fopen(argv[1], \"r\");\nchar line[256];\nwhile (fgets(line, sizeof(line), f‸",
        Some("p)) {"),
    ),
    (
        "c",
        "FILE *fp = fopen(argv[1], \"r\");\nchar line[256];\nwhile (fgets(line, sizeof li‸",
        Some("ne"),
    ),
    (
        "c",
        "while (fgets(line, sizeof(line), fp)) {\n\tputs(line);\n}\nfclose(f‸",
        Some("p);"),
    ),
    (
        "c",
        "DIR *dir = opendir(\".\");\nstruct dirent *entry;\nwhile ((entry = readdir(di‸",
        Some("r"),
    ),
    (
        "c",
        "while ((entry = readdir(dir)) != NULL) {\n\tprintf(\"%s\\n\", entry->d_name);\n}\nclosedir(d‸",
        Some("ir"),
    ),
    (
        "c",
        "int opt;\nwhile ((opt = getopt(argc, argv, \"vo:\")) != -‸",
        Some("1) {"),
    ),
    (
        "c",
        "switch (opt) {\ncase 'v':\n\tverbose = 1;\n\tbr‸",
        Some("eak;"),
    ),
    (
        "c",
        "FILE *pipe = popen(\"ls -l\", \"r\");\nwhile (fgets(buf, sizeof(buf), pipe)) {\n\tfputs(buf, stdout);\n}\npclose(pi‸",
        Some("pe);"),
    ),
    (
        "c",
        "void handler(int sig) {\n\tstop = 1;\n}\n\nint main(void) {\n\tsignal(SIGINT, hand‸",
        Some("ler"),
    ),
    ("c", "void handle_sigint(int s‸", Some("ig)")),
    (
        "c",
        "static volatile sig_atomic_t running = 1;\n\nvoid on_signal(int sig) {\n\t(void)sig;\n\trunning = ‸",
        Some("0;"),
    ),
    (
        "c",
        "struct timespec start, end;\nclock_gettime(CLOCK_MONOTONIC, &st‸",
        Some("art"),
    ),
    (
        "c",
        "struct timespec start;\nclock_gettime(CLOCK_MONO‸",
        Some("TONIC"),
    ),
    (
        "c",
        "double elapsed = (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e‸",
        Some("9;"),
    ),
    (
        "c",
        "clock_t start = clock();\nwork();\ndouble secs = (double)(clock() - start) / CLOCKS_PER_‸",
        Some("SEC"),
    ),
    (
        "c",
        "char *token = strtok(line, \" \");\nwhile (token != NULL) {\n\tprintf(\"%s\\n\", token);\n\ttoken = strtok(NU‸",
        Some("LL"),
    ),
    (
        "c",
        "char *token = strtok(line, \",\");\nwhile (token != NULL) {\n\tprintf(\"%s\\n\", token);\n\ttoken = strtok(‸",
        Some("NULL, \",\");"),
    ),
    (
        "c",
        "const char *home = getenv(\"HOME\");\nif (home == NU‸",
        Some("LL"),
    ),
    (
        "c",
        "const char *port = getenv(\"PORT\");\nif (!port) port = \"‸\"",
        None,
    ),
    ("c", "int n = atoi(argv[‸", None),
    (
        "c",
        "char *end;\nlong val = strtol(str, &end, 1‸",
        Some("0);"),
    ),
    (
        "c",
        "if (fp == NULL) {\n\tfprintf(stderr, \"error: %s\\n\", strerror(er‸",
        Some("rno"),
    ),
    ("c", "if (argc != 3) {\n\tfprintf(st‸", Some("derr, ")),
    (
        "c",
        "if (fp == NULL) {\n\tperror(\"fopen\");\n\texit(EXIT_FA‸",
        Some("ILURE"),
    ),
    ("c", "\tfclose(fp);\n\treturn EXIT_SUC‸", Some("CESS")),
    ("c", "struct stat st;\nif (stat(path, &s‸", Some("t")),
    (
        "c",
        "struct stat st;\nif (stat(path, &st) == 0 && S_ISDIR(st.st_mo‸",
        Some("de"),
    ),
    (
        "c",
        "FILE *out = fopen(argv[2], \"wb\");\nif (!o‸",
        Some("ut) {"),
    ),
    ("c", "pid_t pid = fork();\nif (pid == ‸", None),
    (
        "c",
        "if (pid == 0) {\n\texeclp(\"ls\", \"ls\", \"-l\", NU‸",
        Some("LL"),
    ),
    ("c", "int status;\nwaitpid(pid, &status, ‸", Some("0);")),
    (
        "c",
        "waitpid(pid, &status, 0);\nif (WIFEXITED(status)) {\n\tprintf(\"exit code %d\\n\", WEXITSTATUS(st‸",
        Some("atus));"),
    ),
    (
        "c",
        "size_t len = strlen(line);\nif (len > 0 && line[len - 1] == '\\n‸",
        Some("') {"),
    ),
    (
        "c",
        "FILE *fp = fopen(path, \"rb\");\nfseek(fp, 0, SEEK_E‸",
        Some("ND"),
    ),
    (
        "c",
        "fseek(fp, 0, SEEK_END);\nlong size = ftell(fp);\nrewind(f‸",
        Some("p);"),
    ),
    ("c", "struct timeval tv;\ngettimeofday(&tv, NU‸", Some("LL")),
    (
        "c",
        "int main(int argc, char **argv) {\n\tfor (int i = 1; i < ar‸",
        Some("gc; i++) {"),
    ),
    (
        "go",
        "func main() {\n\tif len(os.Args) != 3 {\n\t\tfmt.Fprintf(os.Stderr, \"usage: %s src dst\\n\", os.Args[0])\n\t\tos.Exit(‸)",
        Some("1"),
    ),
    (
        "go",
        "func main() {\n\tfmt.Println(\"bye\")\n\tos.Exit(‸",
        None,
    ),
    (
        "go",
        "func main() {\n\tif err := serve(); err != nil {\n\t\tfmt.Fprintln(os.Stderr, \"serve:\", err)\n\t\tos.Ex‸",
        Some("it(1)"),
    ),
    (
        "rust",
        "fn main() {\n    if args.len() != 3 {\n        eprintln!(\"usage: copy <src> <dst>\");\n        std::process::exit(‸)",
        Some("1"),
    ),
    (
        "rust",
        "fn main() {\n    match run() {\n        Err(err) => {\n            eprintln!(\"{}\", err);\n            process::ex‸",
        Some("it(1);"),
    ),
    (
        "rust",
        "fn main() {\n    println!(\"done\");\n    std::process::exit(‸",
        None,
    ),
    (
        "c",
        "int main(void) {\n    FILE *fp = fopen(\"a.txt\", \"r\");\n    if (fp == NULL) {\n        perror(\"fopen\");\n        exit(‸",
        Some("1);"),
    ),
    (
        "c",
        "int main(void) {\n    FILE *fp = fopen(\"a.txt\", \"r\");\n    if (fp == NULL) {\n        perror(\"fopen\");\n        exit(‸)\n    }\n    return EXIT_SUCCESS;\n}",
        Some("EXIT_FAILURE"),
    ),
    (
        "c",
        "int main(void) {\n    printf(\"bye\\n\");\n    exit(‸",
        None,
    ),
    (
        "c",
        "int main(void) {\n    DIR *dirp = opendir(\".\");\n    struct dirent *ent;\n    while ((ent = readdir(di‸",
        Some("rp"),
    ),
    (
        "c",
        "int main(void) {\n    struct direntry *x;\n    struct di‸",
        None,
    ),
    ("c", "long port = strtol(argv[1], NULL, 1‸", Some("0);")),
    ("c", "unsigned long v = strtoul(s, &end, 1‸)", Some("0")),
    ("c", "int n = max(a, 1‸", Some(");")),
    (
        "c",
        "int main(void) {\n    FILE *in = fopen(src, \"rb\");\n    char buf[512];\n    while (fgets(buf, sizeof buf, i‸",
        Some("n)) {"),
    ),
    (
        "c",
        "int main(void) {\n    FILE *in = fopen(src, \"rb\");\n    process(in);\n    fclose(i‸",
        Some("n);"),
    ),
    (
        "c",
        "int main(void) {\n    FILE *src = fopen(a, \"r\"), *sink = fopen(b, \"w\");\n    fclose(s‸",
        None,
    ),
    (
        "c",
        "int main(void) {\n    FILE *log = fopen(\"app.log\", \"a\");\n    fprintf(l‸",
        Some("og, "),
    ),
    ("c", "int main(void) {\n    fseek(f, 0, SEEK_S‸", Some("ET")),
    (
        "c",
        "int main(void) {\n    clock_gettime(CLOCK_RE‸",
        Some("ALTIME"),
    ),
    (
        "c",
        "int main(void) {\n    FILE *out = fopen(name, \"w\");\n    if (out == NULL) {\n        fprintf(st‸",
        Some("derr, "),
    ),
    ("c", "int main(void) {\n    fprintf(st‸", None),
    (
        "c",
        "int main(int argc, char *argv[]) {\n    if (argc != 2) {\n        fprintf(stderr, \"Usage: %s <dir>\\n\", argv[‸",
        Some("0]);"),
    ),
    (
        "c",
        "int main(void) {\n    struct timespec ts;\n    clock_gettime(CLOCK_REALTIME, &ts);\n    printf(\"%ld\\n\", ts.tv_n‸",
        Some("sec"),
    ),
    (
        "c",
        "int main(void) {\n    time_t t = time(NULL);\n    struct tm *now = localtime(&t);\n    int year = now->tm_ye‸",
        Some("ar"),
    ),
    (
        "c",
        "int main(void) {\n    struct stat sb;\n    if (lstat(file, &s‸",
        Some("b"),
    ),
    ("c", "int main(void) {\n    if (a && s‸", None),
    (
        "rust",
        "fn main() {\n    let started = Instant::now();\n    work();\n    let ms = started.ela‸",
        Some("psed()"),
    ),
    (
        "rust",
        "fn run() -> Result<(), Box<dyn E‸",
        Some("rror>> {"),
    ),
    (
        "rust",
        "fn main() {\n    counter.fetch_add(1, Ordering::Rel‸",
        None,
    ),
    (
        "rust",
        "fn main() {\n    let out = Command::new(\"git\").args([\"log\"]).out‸",
        Some("put()"),
    ),
    (
        "rust",
        "fn main() -> io::Result<()> {\n    let st = Command::new(\"cargo\").arg(\"build\").status()?;\n    if st.succ‸",
        Some("ess()"),
    ),
    (
        "rust",
        "fn main() {\n    let p = PathBuf::from(&dir);\n    if p.is_f‸",
        Some("ile()"),
    ),
    (
        "rust",
        "fn main() -> io::Result<()> {\n    for item in fs::read_dir(&root)? {\n        let item = item?;\n        let p = item.pa‸",
        Some("th()"),
    ),
    (
        "rust",
        "fn main() -> io::Result<()> {\n    let meta = fs::metadata(&file)?;\n    let size = meta.le‸",
        Some("n()"),
    ),
    (
        "rust",
        "fn main() {\n    let files: Vec<String> = env::args().sk‸",
        Some("ip()"),
    ),
    (
        "rust",
        "fn main() {\n    let stem = path.file_stem().and_then(|s| s.to_s‸",
        Some("tr()"),
    ),
    (
        "rust",
        "fn main() {\n    let stem = path.file_stem().map(|s| s.to_s‸",
        None,
    ),
    (
        "rust",
        "fn main() {\n    let mut h = Sha1::new();\n    h.upd‸",
        Some("ate()"),
    ),
    (
        "rust",
        "fn main() {\n    let s = name.to_string_lossy().into_‸",
        Some("owned()"),
    ),
    (
        "rust",
        "fn copy(file: &mut File) {\n    let mut chunk = vec![0u8; 4096];\n    let read = file.read(&mut ch‸",
        Some("unk)"),
    ),
    (
        "rust",
        "fn copy(file: &mut File, out: &mut File) -> io::Result<()> {\n    let mut chunk = vec![0u8; 4096];\n    loop {\n        let read = file.read(&mut chunk)?;\n        out.write_all(&chunk[..‸",
        Some("read])?;"),
    ),
    (
        "rust",
        "fn main() {\n    if let Err(why) = fs::remove_file(&p) {\n        eprintln!(\"cannot remove {}: {}\", p.display(), ‸",
        Some("why);"),
    ),
    (
        "rust",
        "fn main() {\n    match parse(s) {\n        Ok(v) => {\n            println!(\"{}\", ‸",
        None,
    ),
    (
        "rust",
        "fn main() {\n    let args: Vec<String> = env::args().collect();\n    if args.len() != 2 {\n        eprintln!(\"Usage: {} <dir>\", ‸",
        Some("args[0]);"),
    ),
    (
        "rust",
        "fn main() {\n    let args: Vec<String> = env::args().collect();\n    if args.len() != 2 {\n        eprintln!(\"Usage: {} <dir>\", args[‸])",
        Some("0"),
    ),
    (
        "go",
        "func main() {\n\tcmd := exec.Command(\"ls\")\n\tout, err := cmd.Out‸",
        Some("put()"),
    ),
    (
        "go",
        "func main() {\n\tw := bufio.NewWriter(f)\n\tdefer w.Fl‸",
        Some("ush()"),
    ),
    (
        "go",
        "func main() {\n\tinfo, err := os.Lstat(p)\n\tif err != nil {\n\t\treturn\n\t}\n\tif info.IsD‸",
        Some("ir()"),
    ),
    (
        "go",
        "func main() {\n\thasher := md5.New()\n\tio.Copy(hasher, f)\n\tfmt.Printf(\"%x\", hasher.Su‸",
        Some("m(nil)"),
    ),
    (
        "go",
        "func key(b []byte) uint64 {\n\th := fnv.New64a()\n\th.Write(b)\n\treturn h.Sum‸",
        Some("64()"),
    ),
    (
        "go",
        "func main() {\n\tgo func() {\n\t\t<-done\n\t}‸",
        Some("()"),
    ),
    (
        "go",
        "func main() {\n\trun := func() {\n\t\twork()\n\t}‸",
        None,
    ),
    (
        "go",
        "func main() {\n\tcmd := exec.Command(\"cat\")\n\tcmd.Stdin = os.‸",
        Some("Stdin"),
    ),
    (
        "go",
        "func main() {\n\terr := filepath.Walk(root, func(p string, info os.FileInfo, err error) error {\n\t\tif err != nil {\n\t\t\treturn ‸",
        Some("err"),
    ),
    (
        "go",
        "func main() {\n\tgo func() {\n\t\tif err != nil {\n\t\t\t‸",
        None,
    ),
    (
        "go",
        "func main() {\n\tentries, err := os.ReadDir(dir)\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\tfor _, item := range entries {\n\t\tif item.IsD‸",
        Some("ir()"),
    ),
    (
        "c",
        "int main(int argc, char **argv) {\n    while ((c = getopt(argc, argv, \"hn:\")) != -‸",
        Some("1) {"),
    ),
    (
        "c",
        "int main(void) {\n    int fd = open(path, O_RDONLY);\n    if (fd == -‸",
        Some("1) {"),
    ),
    ("c", "int main(void) {\n    int x = y - ‸", None),
    (
        "c",
        "int main(void) {\n    int st;\n    waitpid(child, &st, ‸",
        Some("0);"),
    ),
    (
        "c",
        "int main(void) {\n    int wstatus;\n    wait(&wstatus);\n    printf(\"%d\\n\", WEXITSTATUS(ws‸",
        Some("tatus));"),
    ),
    (
        "c",
        "int main(int argc, char **argv) {\n    while ((c = getopt(argc, argv, \"n:\")) != -1) {\n        switch (c) {\n        case 'n':\n            count = atoi(opt‸",
        Some("arg);"),
    ),
    ("c", "void on_sigterm(int s‸", Some("ig)")),
    ("c", "void draw(int s‸", None),
    (
        "c",
        "static volatile sig_atomic_t stop = 0;\n\nvoid handle(int sig) {\n    stop = ‸",
        Some("1;"),
    ),
    (
        "c",
        "int main(void) {\n    double ms = (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_usec - a.tv_usec) / 1e‸",
        None,
    ),
    (
        "c",
        "int main(void) {\n    double secs = (b.tv_sec - a.tv_sec) + (b.tv_usec - a.tv_usec) / 1e‸",
        Some("6;"),
    ),
    (
        "c",
        "int main(int argc, char **argv) {\n    for (int k = 1; k < ‸",
        Some("argc; k++) {"),
    ),
    ("c", "int main(void) {\n    for (int i = 1; i < ‸", None),
    // Nineteenth round (r19c): C and C++ as courses write them: a `printf`/`scanf` conversion begun finished for the
    // variable declared for it (`%` -> `d\n", count);`, `scanf("` -> `%d", &age);`), never closed bare; an `enum`'s
    // next enumerator left to the developer; `std::sto`'s number by the declared type and a map's `make_pair(`;
    // the include guard's `#define`/`#endif` after `#`; a usage message's `argv[0]` (C++'s `cerr` too); a node's
    // `next = NULL;`, its `return node;` and the saved node's `free(`; a map iterator's `first`/`second`; a
    // row's `std::endl;` after its loop; a C++ getter's and setter's member; an initializer list continued.
    (
        "c",
        "int main(void) {\n    float x;\n    scanf(\"%‸",
        Some("f\", &x);"),
    ),
    (
        "c",
        "int main(void) {\n    int count = 5;\n    printf(\"Count: %‸",
        Some("d\\n\", count);"),
    ),
    (
        "c",
        "int main(void) {\n    double avg = sum / n;\n    printf(\"Average: %.2‸",
        Some("f\\n\", avg);"),
    ),
    (
        "c",
        "int main(void) {\n    int age;\n    printf(\"Enter your age: \");\n    scanf(\"‸",
        Some("%d\", &age);"),
    ),
    (
        "c",
        "int main(void) {\n    double price;\n    scanf(\"%l‸",
        Some("f\", &price);"),
    ),
    (
        "c",
        "int main(void) {\n    char grade;\n    scanf(\"‸",
        Some(" %c\", &grade);"),
    ),
    (
        "c",
        "int main(void) {\n    long total = 0;\n    printf(\"Total: %‸",
        Some("ld\\n\", total);"),
    ),
    (
        "c",
        "int main(void) {\n    char name[20];\n    scanf(\"%‸",
        Some("s\", name);"),
    ),
    (
        "c",
        "void report(FILE *out) {\n    int n = 3;\n    fprintf(out, \"n = %‸",
        Some("d\\n\", n);"),
    ),
    (
        "c",
        "int main(void) {\n    int count = 5;\n    printf(\"Count: %.2‸",
        None,
    ),
    ("c", "int main(void) {\n    printf(\"100%‸", None),
    (
        "c",
        "int main(void) {\n    int count = 5;\n    printf(\"Count: %‸\")",
        None,
    ),
    ("c", "int main(void) {\n    scanf(\"‸", None),
    (
        "c",
        "typedef enum {\n    STATE_IDLE,\n    STATE_RUNNING,\n    STATE_‸",
        None,
    ),
    (
        "c",
        "typedef enum { STATE_IDLE, STATE_RUNNING } State;\n\nState next(State s) {\n    return STATE_R‸",
        Some("UNNING"),
    ),
    (
        "cpp",
        "enum class Dir {\n    North,\n    South,\n    No‸",
        None,
    ),
    (
        "cpp",
        "int main() {\n    std::string s = \"42\";\n    int n = std::st‸",
        Some("oi("),
    ),
    (
        "cpp",
        "int main() {\n    std::string s = \"4.2\";\n    double d = std::‸",
        Some("stod("),
    ),
    (
        "cpp",
        "int main() {\n    std::string s = \"42\";\n    long big = std::sto‸",
        Some("l("),
    ),
    (
        "cpp",
        "int main() {\n    std::string s = std::st‸",
        Some("ring"),
    ),
    (
        "cpp",
        "int main() {\n    std::map<std::string, int> ages;\n    ages.insert(std::make_‸",
        Some("pair("),
    ),
    (
        "cpp",
        "int main() {\n    auto p = std::make_‸",
        Some("unique<"),
    ),
    ("c", "#ifndef STACK_H\n#‸", Some("define STACK_H")),
    (
        "c",
        "#ifndef UTILS_H\n#define UTILS_H\n\nint add(int a, int b);\n\n#‸",
        Some("endif"),
    ),
    (
        "cpp",
        "#ifndef SHAPE_HPP\n#define SHAPE_HPP\n\nclass Shape {\npublic:\n    virtual double area() const = 0;\n};\n\n#‸",
        Some("endif"),
    ),
    (
        "c",
        "#ifndef UTILS_H\n#define UTILS_H\n\n#‸\n\nint add(int a, int b);\n\n#endif",
        None,
    ),
    (
        "c",
        "#ifndef UTILS_H\n#define UTILS_H\n#ifdef DEBUG\nint x;\n#‸",
        None,
    ),
    ("c", "#ifdef DEBUG\n#‸", None),
    ("cpp", "#pragma on‸", Some("ce")),
    ("cpp", "#include <vector>\n#pragma on‸", None),
    (
        "c",
        "#include <stdio.h>\n\nint main(int argc, char *argv[]) {\n    if (argc != 2) {\n        fprintf(stderr, \"Usage: %s <file>\\n\", argv‸",
        Some("[0]);"),
    ),
    (
        "cpp",
        "#include <iostream>\n\nint main(int argc, char* argv[]) {\n    if (argc < 2) {\n        std::cerr << \"Usage: \" << argv‸",
        Some("[0]"),
    ),
    (
        "cpp",
        "#include <iostream>\n\nint main(int argc, char* argv[]) {\n    if (argc < 2) {\n        std::cerr << \"usage: \" << ‸",
        Some("argv[0]"),
    ),
    (
        "cpp",
        "#include <iostream>\n\nint main(int argc, char* argv[]) {\n    if (argc < 2) {\n        std::cerr << \"Error: \" << ‸",
        None,
    ),
    (
        "cpp",
        "#include <iostream>\n\nint main(int argc, char* argv‸",
        Some("[]) {"),
    ),
    (
        "cpp",
        "#include <iostream>\n\nint main(int argc, char** ar‸",
        Some("gv) {"),
    ),
    (
        "c",
        "typedef struct Node {\n    int data;\n    struct Node *next;\n} Node;\n\nNode *create_node(int data) {\n    Node *node = malloc(sizeof(Node));\n    node->data = data;\n    node->‸",
        Some("next = NULL;"),
    ),
    (
        "c",
        "typedef struct Node {\n    int data;\n    struct Node *next;\n} Node;\n\nNode *create_node(int data) {\n    Node *node = malloc(sizeof(Node));\n    node->data = data;\n    node->next = NULL;\n    return ‸",
        Some("node;"),
    ),
    (
        "c",
        "typedef struct Node {\n    int data;\n    struct Node *next;\n} Node;\n\nNode *create_node(int data) {\n    Node *node = malloc(sizeof(Node));\n    if (node == NULL) {\n        return ‸",
        None,
    ),
    (
        "c",
        "typedef struct Node {\n    int data;\n    struct Node *next;\n} Node;\n\nNode *create_node(int data) {\n    Node *node = malloc(sizeof(Node));\n    node->‸",
        None,
    ),
    (
        "c",
        "typedef struct Item {\n    int key;\n    int value;\n    struct Item *next;\n} Item;\n\nItem *make_node(int key, int value) {\n    Item *n = malloc(sizeof(Item));\n    n->key = key;\n    n->‸",
        None,
    ),
    (
        "c",
        "typedef struct Node {\n    int data;\n    struct Node *next;\n} Node;\n\nvoid free_list(Node *head) {\n    while (head != NULL) {\n        Node *tmp = head;\n        head = head->next;\n        free(‸",
        Some("tmp);"),
    ),
    (
        "cpp",
        "struct Node {\n    int val;\n    Node* next;\n};\n\nvoid clear(Node* head) {\n    while (head != nullptr) {\n        Node* victim = head;\n        head = head->next;\n        delete ‸",
        Some("victim;"),
    ),
    (
        "c",
        "typedef struct Node {\n    int data;\n    struct Node *next;\n} Node;\n\nNode *push_front(Node *head, int data) {\n    Node *new_node = create_node(data);\n    new_node->next = ‸",
        Some("head;"),
    ),
    (
        "c",
        "typedef struct Node {\n    int data;\n    struct Node *next;\n} Node;\n\nint main(void) {\n    Node *head = ‸",
        Some("NULL;"),
    ),
    (
        "cpp",
        "struct TreeNode {\n    int val;\n    TreeNode* left;\n    TreeNode* right;\n};\n\nint main() {\n    TreeNode* root = ‸",
        Some("nullptr;"),
    ),
    ("c", "int main(void) {\n    int *head = ‸", None),
    (
        "c",
        "typedef struct Node {\n    int data;\n    struct Node *next;\n} Node;\n\nvoid append(Node *head, int data) {\n    Node *current = head;\n    while (current->‸",
        Some("next != NULL) {"),
    ),
    (
        "cpp",
        "#include <map>\n#include <iostream>\n\nint main() {\n    std::map<std::string, int> m;\n    for (auto it = m.begin(); it != m.end(); ++it) {\n        std::cout << it->‸",
        Some("first"),
    ),
    (
        "cpp",
        "#include <map>\n#include <iostream>\n\nint main() {\n    std::map<std::string, int> m;\n    for (auto it = m.begin(); it != m.end(); ++it) {\n        std::cout << it->first << \" \" << it->‸",
        Some("second"),
    ),
    (
        "cpp",
        "#include <vector>\n#include <iostream>\n\nint main() {\n    std::vector<int> v;\n    for (auto it = v.begin(); it != v.end(); ++it) {\n        std::cout << it->‸",
        None,
    ),
    (
        "c",
        "int main(void) {\n    char name[50];\n    printf(\"Enter your name: \");\n    fgets(name, sizeof(‸",
        Some("name), stdin);"),
    ),
    (
        "c",
        "int main(void) {\n    char *name = malloc(50);\n    fgets(name, sizeof(‸",
        None,
    ),
    (
        "cpp",
        "#include <fstream>\n#include <string>\nusing namespace std;\n\nint main() {\n    ifstream file(\"data.txt\");\n    string line;\n    while (getline(file, ‸",
        Some("line)) {"),
    ),
    (
        "cpp",
        "#include <string>\n\nint main() {\n    std::string name;\n    std::cout << \"Enter your name: \";\n    std::getline(std::‸",
        Some("cin, name);"),
    ),
    (
        "cpp",
        "#include <fstream>\n#include <string>\n\nint main() {\n    std::ifstream in(\"a.txt\");\n    std::string row;\n    std::getline(std::‸",
        None,
    ),
    (
        "cpp",
        "#include <string>\nusing namespace std;\n\nint main() {\n    string s = \"abcdef\";\n    if (s.find('c') != string::np‸",
        Some("os) {"),
    ),
    (
        "cpp",
        "#include <string>\n\nint main() {\n    std::string s = \"abcdef\";\n    if (s.find('c') != string::np‸",
        None,
    ),
    (
        "cpp",
        "#include <map>\n#include <string>\n\nint main() {\n    std::map<std::string, int> counts;\n    std::string word = \"a\";\n    if (counts.find(word) != counts.‸",
        Some("end()"),
    ),
    (
        "c",
        "void menu(int choice) {\n    switch (choice) {\n        case 1:\n            add();\n            break;\n        default:\n            printf(\"Invalid choice\\n\");\n            ‸",
        Some("break;"),
    ),
    (
        "javascript",
        "function f(x) {\n  switch (x) {\n    case 1:\n      go();\n      break;\n    default:\n      console.log(\"none\");\n      ‸",
        Some("break;"),
    ),
    (
        "cpp",
        "#include <iostream>\n#include <vector>\n\nint main() {\n    std::vector<int> v = {1, 2};\n    for (size_t i = 0; i < v.size(); i++) {\n        std::cout << v[i] << \" \";\n    }\n    std::cout << ‸",
        Some("std::endl;"),
    ),
    (
        "cpp",
        "#include <iostream>\nusing namespace std;\n\nint main() {\n    int grid[3][3];\n    for (int j = 0; j < 3; j++) {\n        cout << grid[0][j] << ' ';\n    }\n    cout << ‸",
        Some("endl;"),
    ),
    (
        "cpp",
        "#include <iostream>\n\nint main() {\n    for (int i = 0; i < 3; i++) {\n        std::cout << i << std::endl;\n    }\n    std::cout << ‸",
        None,
    ),
    (
        "cpp",
        "#include <string>\n\nclass Person {\nprivate:\n    std::string name;\n    int age;\npublic:\n    std::string getName() const {\n        return ‸",
        Some("name;"),
    ),
    (
        "cpp",
        "#include <string>\n\nclass Person {\nprivate:\n    std::string name;\n    int age;\npublic:\n    int getAge() const { return ‸",
        Some("age; }"),
    ),
    (
        "cpp",
        "#include <string>\n\nclass Person {\nprivate:\n    std::string name;\n    int age;\npublic:\n    void setAge(int a) {\n        age = ‸",
        Some("a;"),
    ),
    (
        "cpp",
        "#include <string>\n\nclass Person {\nprivate:\n    std::string name;\n    int age;\npublic:\n    void setName(const std::string& n) {\n        this->name = ‸",
        Some("n;"),
    ),
    (
        "cpp",
        "class Counter {\n    int count_ = 0;\npublic:\n    int getCount() const {\n        return ‸",
        Some("count_;"),
    ),
    (
        "cpp",
        "#include <string>\n\nclass Person {\nprivate:\n    std::string name;\n    int age;\npublic:\n    int getAge() const {\n        if (age < 0) {\n            return ‸",
        None,
    ),
    (
        "cpp",
        "#include <string>\n\nclass Person {\nprivate:\n    std::string name;\n    int age;\npublic:\n    int getHeight() const {\n        return ‸",
        None,
    ),
    (
        "cpp",
        "struct Node {\n    int data;\n    Node* next;\n    Node(int d) : data(d), ‸",
        Some("next(nullptr) {}"),
    ),
    (
        "cpp",
        "class Point {\npublic:\n    Point(int x, int y) : x_(x), ‸",
        Some("y_(y) {}"),
    ),
    (
        "cpp",
        "class Point3 {\n    int m_x, m_y, m_z;\npublic:\n    Point3(int x, int y, int z) : m_x(x), ‸",
        Some("m_y(y), m_z(z) {}"),
    ),
    (
        "cpp",
        "class Rect {\n    int w, h;\npublic:\n    Rect(int width, int height) : w(width), ‸",
        None,
    ),
    // The blind snippets of this round now answered, and those left open on purpose.
    ("c", "#include <stdio.h>\n#include <std‸", Some("lib.h>")),
    (
        "c",
        "#include <stdio.h>\n#include <stdlib.h>\n\nint main(int argc, char *argv[]) {\n    if (argc != 2) {\n        fprintf(stderr, \"Usage: %s <file>\\n\", argv‸",
        Some("[0]);"),
    ),
    (
        "c",
        "#include <stdio.h>\n#include <stdlib.h>\n\nint main(int argc, char *argv[]) {\n    FILE *fp = fopen(argv[1], \"r\");\n    if (fp == NULL) {\n        perror(‸)",
        None,
    ),
    (
        "c",
        "#include <stdio.h>\n#include <stdlib.h>\n\nint main(void) {\n    char name[50];\n    printf(\"Enter your name: \");\n    fgets(name, sizeof(‸",
        Some("name), stdin);"),
    ),
    (
        "c",
        "#include <stdio.h>\n#include <stdlib.h>\n\nint main(void) {\n    int age;\n    printf(\"Enter your age: \");\n    scanf(\"‸",
        Some("%d\", &age);"),
    ),
    (
        "c",
        "#include <stdio.h>\n#include <stdlib.h>\n\nint main(void) {\n    float x;\n    scanf(\"%‸",
        Some("f\", &x);"),
    ),
    (
        "c",
        "#include <stdio.h>\n#include <stdlib.h>\n\nint main(void) {\n    int count = 5;\n    printf(\"Count: %‸",
        Some("d\\n\", count);"),
    ),
    (
        "c",
        "#include <stdio.h>\n#include <stdlib.h>\n\nint main(void) {\n    double sum = 10.0;\n    int n = 4;\n    double avg = sum / n;\n    printf(\"Average: %.2‸",
        Some("f\\n\", avg);"),
    ),
    (
        "c",
        "#include <stdio.h>\n#include <stdlib.h>\n\nint main(void) {\n    printf(\"%s\\n\", ‸",
        None,
    ),
    (
        "c",
        "#include <stdio.h>\n#include <stdlib.h>\n\nint main(void) {\n    char dest[50];\n    strcpy(dest, ‸",
        None,
    ),
    (
        "c",
        "typedef struct {\n    char name[50];\n    int age;\n} ‸",
        None,
    ),
    (
        "c",
        "void free_list(Node *head) {\n    while (head != NULL) {\n        Node *tmp = head;\n        head = head->next;\n        free(‸",
        Some("tmp);"),
    ),
    (
        "c",
        "Node *push_front(Node *head, int data) {\n    Node *new_node = create_node(data);\n    new_node->next = ‸",
        Some("head;"),
    ),
    (
        "c",
        "#include <stdio.h>\n#include <stdlib.h>\n\nint main(void) {\n    Node *head = ‸",
        Some("NULL;"),
    ),
    (
        "c",
        "#include <stdio.h>\n\nvoid menu(void) {\n    int choice;\n    scanf(\"%d\", &choice);\n    switch (choice) {\n        case 1:\n            add();\n            break;\n        ‸",
        None,
    ),
    (
        "c",
        "#include <stdio.h>\n\nvoid menu(void) {\n    int choice;\n    scanf(\"%d\", &choice);\n    switch (choice) {\n        case 1:\n            add();\n            break;\n        default:\n            printf(\"Invalid choice\\n\");\n            ‸",
        Some("break;"),
    ),
    (
        "c",
        "Student *create_student(const char *name, int age) {\n    Student *s = malloc(sizeof(Student));\n    s->‸",
        None,
    ),
    (
        "cpp",
        "#include <iostream>\n#include <vector>\n#include <string>\n\nint main() {\n    std::vector<std::string> names;\n    names.push_back(‸",
        None,
    ),
    (
        "cpp",
        "#include <iostream>\n#include <vector>\n#include <string>\n\nint main() {\n    std::vector<int> v = {3, 1, 2};\n    std::sort(v.begin(), v.end()‸)",
        None,
    ),
    (
        "cpp",
        "#include <iostream>\n#include <vector>\n#include <string>\n\nint main() {\n    std::vector<int> v = {1, 2};\n    for (size_t i = 0; i < v.size(); i++) {\n        std::cout << v[i] << \" \";\n    }\n    std::cout << ‸",
        Some("std::endl;"),
    ),
    (
        "cpp",
        "#include <iostream>\n#include <vector>\n#include <string>\n\nint main() {\n    std::string s = \"hello\";\n    std::cout << s.‸",
        None,
    ),
    (
        "cpp",
        "#include <iostream>\n#include <vector>\n#include <string>\n\nint main() {\n    std::string name;\n    std::cout << \"Enter your name: \";\n    std::getline(std::‸",
        Some("cin, name);"),
    ),
    (
        "cpp",
        "#include <iostream>\n#include <vector>\n#include <string>\nusing namespace std;\n\nint main() {\n    string s = \"abcdef\";\n    if (s.find('c') != string::np‸",
        Some("os) {"),
    ),
    (
        "cpp",
        "#include <iostream>\n#include <vector>\n#include <string>\n\nint main() {\n    std::string s = \"42\";\n    int n = std::st‸",
        Some("oi("),
    ),
    (
        "cpp",
        "#include <map>\n#include <string>\n\nint main() {\n    std::map<std::string, int> m;\n    if (m.count(‸",
        None,
    ),
    (
        "cpp",
        "#include <map>\n#include <string>\n\nint main() {\n    std::map<std::string, int> ages;\n    ages.insert(std::make_‸",
        Some("pair("),
    ),
    (
        "cpp",
        "#include <vector>\n\nvoid printVector(const std::vector<int>& ‸",
        None,
    ),
    (
        "cpp",
        "class Rectangle {\npublic:\n    Rectangle(double w, double h) : width(w), height(h) {}\n    double area() const {\n        return ‸",
        None,
    ),
    (
        "cpp",
        "#include <memory>\n\nint main() {\n    auto sp = std::make_shared<Widget>(‸",
        None,
    ),
    (
        "cpp",
        "#include <memory>\n#include <vector>\n\nint main() {\n    std::vector<std::unique_ptr<Shape>> shapes;\n    shapes.push_back(std::make_unique<‸",
        None,
    ),
    ("cpp", "#ifndef PERSON_H\n#‸", Some("define PERSON_H")),
    (
        "cpp",
        "enum class Color { Red, Green, Blue };\n\nvoid show(Color c) {\n    switch (c) {\n        case Color::‸",
        None,
    ),
    (
        "cpp",
        "#include <iostream>\n#include <iomanip>\n\nint main() {\n    double x = 3.14159;\n    std::cout << std::fixed << std::setprecision(‸",
        None,
    ),
    // Eighteenth round (r18d): Java, C and C++ in real projects: a bare `return;` in a `void` function, the last
    // constant of an enum's `switch`, a caught exception's name and its rethrow, an enum's `values()`, a
    // `toString`'s and `hashCode`'s fields, C's `EOF` and `scanf` counts, a `strncmp` prefix's length, a buffer's
    // terminator and size constant, C++'s `pop()` after `front()`, `find(...) != m.end()`, `it->second`, the
    // maker of a declared `pair` or pointer; the snippets a new user leaves open stay empty.
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        Optional<User> user = repo.findById(id);\n        if (user.isPresent()) {\n            System.out.println(user.‸",
        Some("get()"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        Map<String, Integer> counts = new HashMap<>();\n        for (String w : words) {\n            counts.merge(w, 1, Integer::‸",
        Some("sum);"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        try {\n            int x = Integer.parseInt(s);\n        } catch (NumberFormatException ‸",
        Some("e) {"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        try {\n            load();\n        } catch (IOException e) {\n            throw new RuntimeException(‸",
        Some("e);"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        StringBuilder sb = new StringBuilder(s);\n        return sb.reverse().‸",
        Some("toString();"),
    ),
    (
        "java",
        "enum Color { RED, GREEN, BLUE }\n\npublic class Main {\n    static void show(Color color) {\n        switch (color) {\n            case RED -> System.out.println(\"stop\");\n            case GREEN -> System.out.println(\"go\");\n            case ‸",
        Some("BLUE -> "),
    ),
    (
        "java",
        "enum Color { RED, GREEN, BLUE }\n\npublic class Main {\n    public static void main(String[] args) {\n        for (Color c : Color.‸",
        Some("values()) {"),
    ),
    (
        "java",
        "public class Point {\n    private final int x;\n    private final int y;\n\n    @Override\n    public String toString() {\n        return \"Point(\" + x + \", \" + ‸",
        Some("y + \")\";"),
    ),
    (
        "java",
        "public class Point {\n    private final int x;\n    private final int y;\n\n    @Override\n    public int hashCode() {\n        return Objects.hash(‸",
        Some("x, y);"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        List<String> names = List.of(\"ann\", \"bob\");\n        names.forEach(System.out::‸",
        Some("println);"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        if (args.length == 0) {\n            System.out.println(\"usage: Main FILE\");\n            ret‸",
        Some("urn;"),
    ),
    (
        "c",
        "void set_name(char *dst, const char *src) {\n    char name[32];\n    strncpy(name, src, sizeof(name) - 1);\n    name[sizeof(name) - 1] = ‸",
        Some("'\\0';"),
    ),
    (
        "c",
        "#include <string.h>\n\nvoid trim(char *line) {\n    size_t len = strlen(line);\n    if (len > 0 && line[len - 1] == '\\n') line[len - 1] = ‸",
        Some("'\\0';"),
    ),
    (
        "c",
        "#define MAX_LEN 256\n\nint main(void) {\n    char buf[‸",
        Some("MAX_LEN];"),
    ),
    (
        "c",
        "#include <stdlib.h>\n\nint *grow(int *arr, size_t new_cap) {\n    int *resized = realloc(arr, new_cap * sizeof(‸",
        Some("int));"),
    ),
    (
        "c",
        "#include <string.h>\n\nint is_get(const char *line) {\n    if (strncmp(line, \"GET \", ‸",
        Some("4) == 0) {"),
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main(int argc, char *argv[]) {\n    if (argc != 2) {\n        fprintf(stderr, \"usage: %s FILE\\n\", argv[0]);\n        return 1;\n    }\n    FILE *f = fopen(‸",
        Some("argv[1], "),
    ),
    (
        "c",
        "#include <stdio.h>\n\nvoid cat(FILE *fp) {\n    int c;\n    while ((c = fgetc(fp)) != ‸",
        Some("EOF) {"),
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main(void) {\n    int c;\n    while ((c = getchar()) != ‸",
        Some("EOF) {"),
    ),
    (
        "c",
        "#include <string.h>\n\nvoid clear(void) {\n    char buf[128];\n    memset(buf, 0, sizeof(‸",
        Some("buf));"),
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main(void) {\n    int n;\n    if (scanf(\"%d\", &n) != ‸",
        Some("1) {"),
    ),
    (
        "c",
        "typedef enum { OK, ERR_IO, ERR_PARSE } Status;\n\nconst char *status_str(Status s) {\n    switch (s) {\n    case OK: return \"ok\";\n    case ERR_IO: return \"io error\";\n    case ‸",
        Some("ERR_PARSE:"),
    ),
    (
        "cpp",
        "#include <algorithm>\n#include <vector>\n\nvoid desc(std::vector<int>& v) {\n    std::sort(v.begin(), v.end(), [](int a, int b) { return a > ‸",
        Some("b; });"),
    ),
    (
        "cpp",
        "#include <map>\n\nint lookup(const std::map<std::string, int>& m, const std::string& key) {\n    auto it = m.find(key);\n    if (it != m.end()) {\n        return it->‸",
        Some("second;"),
    ),
    (
        "cpp",
        "#include <unordered_map>\n#include <vector>\n\nbool two_sum(const std::vector<int>& v, int target) {\n    std::unordered_map<int, int> seen;\n    for (int x : v) {\n        if (seen.find(target - x) != seen.‸",
        Some("end()"),
    ),
    (
        "cpp",
        "#include <numeric>\n#include <vector>\n\nint total(const std::vector<int>& v) {\n    return std::accumulate(v.begin(), v.end(), ‸",
        Some("0);"),
    ),
    (
        "cpp",
        "#include <set>\n\nint main() {\n    std::set<int> s;\n    s.ins‸",
        Some("ert()"),
    ),
    (
        "cpp",
        "#include <utility>\n#include <string>\n\nint main() {\n    std::pair<int, std::string> p = std::make_‸",
        Some("pair("),
    ),
    (
        "cpp",
        "#include <queue>\n\nvoid bfs(int start) {\n    std::queue<int> q;\n    q.push(start);\n    while (!q.empty()) {\n        int cur = q.front();\n        q.‸",
        Some("pop();"),
    ),
    (
        "cpp",
        "#include <queue>\n#include <vector>\n\nint main() {\n    std::priority_queue<int, std::vector<int>, std::greater<‸",
        Some("int>>"),
    ),
    (
        "cpp",
        "#include <iostream>\n#include <vector>\n#include <string>\n\nint main() {\n    std::ios::sync_with_stdio(‸",
        Some("false);"),
    ),
    (
        "cpp",
        "#include <vector>\n\nclass Stack {\npublic:\n    void push(int x) { data_.push_back(x); }\n    int pop() {\n        int top = data_.back();\n        data_.‸",
        Some("pop_back();"),
    ),
    (
        "cpp",
        "#include <cctype>\n#include <string>\n\nstd::string upper(std::string s) {\n    for (char& c : s) c = std::toupper(‸",
        Some("c);"),
    ),
    (
        "cpp",
        "#include <iostream>\n#include <vector>\n#include <string>\n\nint main() {\n    int n;\n    std::cin >> n;\n    std::vector<int> v(n);\n    for (int i = 0; i < n; i++) std::cin >> ‸",
        Some("v[i];"),
    ),
    (
        "java",
        "public class Cli {\n    static void usage() {\n        System.err.println(\"usage\");\n        re‸",
        Some("turn;"),
    ),
    (
        "java",
        "public class Cli {\n    static int parse(String s) {\n        if (s.isEmpty()) {\n            ret‸",
        Some("urn "),
    ),
    (
        "java",
        "public class Cli {\n    void run(List<String> items) {\n        items.forEach(item -> {\n            ret‸",
        Some("urn "),
    ),
    (
        "java",
        "public class Cli {\n    void run() {\n        int result = 0;\n        re‸",
        Some("sult"),
    ),
    (
        "c",
        "void print_all(const int *a, int n) {\n    if (n == 0) {\n        ret‸",
        Some("urn;"),
    ),
    (
        "cpp",
        "void Game::update() {\n    if (paused_) {\n        ret‸",
        Some("urn;"),
    ),
    (
        "cpp",
        "#include <memory>\n\nint main() {\n    std::shared_ptr<Widget> w = std::make‸",
        Some("_shared<Widget>();"),
    ),
    (
        "cpp",
        "#include <memory>\n\nint main() {\n    std::unique_ptr<Node> head = std::‸",
        Some("make_unique<Node>();"),
    ),
    (
        "cpp",
        "#include <tuple>\n\nint main() {\n    std::tuple<int, int, int> t = std::‸",
        Some("make_tuple("),
    ),
    (
        "cpp",
        "#include <memory>\n\nint main() {\n    auto p = std::make_‸",
        Some("unique<"),
    ),
    (
        "c",
        "enum dir { UP, DOWN, LEFT, RIGHT };\n\nvoid move(enum dir d) {\n    switch (d) {\n    case UP:\n        y--;\n        break;\n    case DOWN:\n        y++;\n        break;\n    case LEFT:\n        x--;\n        break;\n    case R‸",
        Some("IGHT:"),
    ),
    (
        "java",
        "public enum Level {\n    LOW,\n    MEDIUM,\n    HIGH;\n}\n\nclass Alarm {\n    int code(Level level) {\n        switch (level) {\n            case LOW:\n                return 1;\n            case MEDIUM:\n                return 2;\n            case ‸",
        Some("HIGH:"),
    ),
    (
        "c",
        "enum dir { UP, DOWN, LEFT, RIGHT };\n\nvoid move(enum dir d) {\n    switch (d) {\n    case UP:\n        y--;\n        break;\n    case DOWN:\n        y++;\n        break;\n    case ‸",
        None,
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        try {\n            Thread.sleep(100);\n            Files.readString(path);\n        } catch (IOException | InterruptedException ‸",
        Some("e) {"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        try {\n            run();\n        } catch (IOException e) {\n            try {\n                close();\n            } catch (IllegalStateException ‸",
        Some("ex) {"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        try {\n            run();\n        } catch (Foo ‸",
        None,
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        try {\n            load();\n        } catch (SQLException ex) {\n            throw new IllegalStateException(‸)",
        Some("ex"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        if (x < 0) {\n            throw new RuntimeException(‸",
        None,
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        try {\n            load();\n        } catch (IOException e) {\n            throw new UncheckedIOException(‸",
        None,
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        for (Direction d : Direction.v‸",
        Some("alues()) {"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        for (String s : Direction.‸",
        None,
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        words.stream().sorted().forEach(System.out::‸)",
        Some("println"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        Runnable r = System.out::‸",
        None,
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        Map<Character, Long> counts = new HashMap<>();\n        for (char c : s.toCharArray()) {\n            counts.merge(c, 1L, Long::‸",
        Some("sum);"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        totals.merge(key, amount, Integer::‸",
        None,
    ),
    (
        "java",
        "public class User {\n    private String name;\n    private String email;\n\n    @Override\n    public int hashCode() {\n        return Objects.hash(‸)",
        Some("name, email"),
    ),
    (
        "java",
        "public class User {\n    private String name;\n\n    public int code() {\n        return Objects.hash(‸",
        None,
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        Optional<String> name = lookup(id);\n        if (name.isPresent()) {\n            String upper = name.‸",
        Some("get()"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        Optional<String> name = lookup(id);\n        if (name.isEmpty()) {\n            String upper = name.‸",
        Some("toUpperCase();"),
    ),
    (
        "java",
        "class Strings {\n    static String reversed(String s) {\n        return new StringBuilder(s).reverse().‸",
        Some("toString();"),
    ),
    (
        "java",
        "class Strings {\n    static List<Integer> reversed(List<Integer> xs) {\n        return xs.reverse().‸",
        None,
    ),
    (
        "java",
        "public class Book {\n    private String title;\n    private String author;\n    private int year;\n\n    @Override\n    public String toString() {\n        return \"Book[\" + title + \", \" + ‸",
        Some("author"),
    ),
    (
        "java",
        "public class Book {\n    private String title;\n    private String author;\n    private int year;\n\n    @Override\n    public String toString() {\n        return \"Book[\" + title + \", \" + author + \", \" + ‸",
        Some("year + \"]\";"),
    ),
    (
        "java",
        "public class Book {\n    private String title;\n    private String author;\n\n    @Override\n    public String toString() {\n        return \"Book[\" + author + \", \" + ‸",
        None,
    ),
    (
        "java",
        "public class Book {\n    private String title;\n    private String author;\n\n    public String label() {\n        return \"Book[\" + title + \", \" + ‸",
        None,
    ),
    (
        "c",
        "#include <stdio.h>\n\nvoid cat(FILE *fp) {\n    int ch;\n    while ((ch = fgetc(fp)) != ‸)",
        Some("EOF"),
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main(void) {\n    int a, b;\n    while (scanf(\"%d %d\", &a, &b) == ‸",
        Some("2) {"),
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main(void) {\n    int n;\n    if (n != ‸",
        None,
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main(void) {\n    int r = scanf(\"%d\", &n);\n    if (r != ‸",
        None,
    ),
    (
        "c",
        "#include <string.h>\n\nint is_flag(const char *arg) {\n    return !strncmp(arg, \"--\", ‸",
        Some("2);"),
    ),
    (
        "c",
        "#include <string.h>\n\nint is_comment(const char *line) {\n    if (!strncmp(line, \"//\", ‸",
        Some("2)) {"),
    ),
    (
        "c",
        "#include <string.h>\n\nint same(const char *a, const char *b, size_t n) {\n    return strncmp(a, b, ‸",
        None,
    ),
    (
        "c",
        "#include <string.h>\n\nvoid clear(int *counts) {\n    memset(counts, 0, sizeof(‸",
        None,
    ),
    (
        "c",
        "void set_name(const char *src) {\n    char name[32];\n    strncpy(name, src, sizeof(name) - 1);\n    name[sizeof(name) - 1] = ‸",
        Some("'\\0';"),
    ),
    (
        "c",
        "#include <string.h>\n\nvoid chomp(char *line) {\n    size_t len = strlen(line);\n    if (len > 0 && line[len - 1] == '\\n') line[len - 1] = ‸",
        Some("'\\0';"),
    ),
    ("c", "void last(int *a, int n) {\n    a[n - 1] = ‸", None),
    (
        "c",
        "#include <stdlib.h>\n\nstruct item *grow(struct item *items, size_t cap) {\n    struct item *more = realloc(items, cap * sizeof(‸",
        Some("struct item));"),
    ),
    (
        "c",
        "typedef struct Node {\n    int value;\n    struct Node *next;\n} Node;\n\nvoid free_list(Node *head) {\n    while (head != NULL) {\n        Node *next = head->‸",
        Some("next;"),
    ),
    (
        "c",
        "struct point {\n    int x;\n    int y;\n};\n\nint get_x(struct point p) {\n    int x = p.‸",
        Some("x;"),
    ),
    (
        "c",
        "typedef struct Node {\n    int value;\n    struct Node *next;\n} Node;\n\nvoid show(Node *head) {\n    int v = head->‸",
        None,
    ),
    (
        "c",
        "#define ROWS 10\n#define COLS 20\n\nint main(void) {\n    int grid[‸",
        None,
    ),
    (
        "c",
        "#define PORT 8080\n\nint main(void) {\n    char buf[‸",
        None,
    ),
    (
        "c",
        "#define BUF_SIZE 64\n\nint main(void) {\n    char line[BU‸",
        Some("F_SIZE];"),
    ),
    (
        "c",
        "#include <stdlib.h>\n\nint main(int argc, char **argv) {\n    if (argc < 2) {\n        return 1;\n    }\n    int n = atoi(‸",
        Some("argv[1]);"),
    ),
    (
        "c",
        "#include <stdlib.h>\n\nint main(int argc, char *argv[]) {\n    int n = atoi(‸",
        None,
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main(int argc, char *argv[]) {\n    if (argc != 2) {\n        return 1;\n    }\n    FILE *in = fopen(argv[1], \"r\");\n    FILE *out = fopen(‸",
        None,
    ),
    (
        "c",
        "#include <ctype.h>\n\nvoid shout(char *s) {\n    for (int i = 0; s[i]; i++) {\n        s[i] = toupper(‸",
        Some("s[i]);"),
    ),
    (
        "c",
        "#include <ctype.h>\n\nint main(void) {\n    int c = getchar();\n    char up = toupper(‸",
        None,
    ),
    (
        "cpp",
        "#include <stack>\n\nint main() {\n    std::stack<int> st;\n    st.push(1);\n    int t = st.top();\n    st.‸",
        Some("pop();"),
    ),
    (
        "cpp",
        "#include <queue>\n\nint main() {\n    std::priority_queue<int> pq;\n    int best = pq.top();\n    pq.p‸",
        Some("op();"),
    ),
    (
        "cpp",
        "#include <vector>\n\nint main() {\n    std::vector<int> v = {1, 2};\n    int first = v.front();\n    v.‸",
        Some("push_back()"),
    ),
    (
        "cpp",
        "#include <set>\n\nbool has(const std::set<int>& s, int x) {\n    return s.find(x) != s.‸",
        Some("end()"),
    ),
    (
        "cpp",
        "#include <string>\n\nbool has(const std::string& s) {\n    return s.find(\"ab\") != s.‸",
        None,
    ),
    (
        "cpp",
        "#include <map>\n\nint lookup(const std::map<std::string, int>& m, const std::vector<int>& v) {\n    auto it = v.find(1);\n    return it->‸",
        None,
    ),
    (
        "cpp",
        "#include <map>\n\nvoid show(const std::map<std::string, int>& m, const std::string& key) {\n    auto it = m.find(key);\n    std::cout << it->‸",
        None,
    ),
    (
        "cpp",
        "#include <numeric>\n#include <vector>\n\ndouble sum_of(const std::vector<double>& v) {\n    return std::accumulate(v.begin(), v.end(), ‸",
        Some("0.0);"),
    ),
    (
        "cpp",
        "#include <numeric>\n#include <vector>\n\nlong product(const std::vector<long>& v) {\n    return std::accumulate(v.begin(), v.end(), ‸",
        None,
    ),
    (
        "cpp",
        "#include <iostream>\n\nint main() {\n    std::ios::sync_with_stdio(‸",
        Some("false);"),
    ),
    (
        "cpp",
        "#include <iostream>\nusing namespace std;\n\nint main() {\n    ios_base::sync_with_stdio(‸)",
        Some("false"),
    ),
    (
        "cpp",
        "#include <queue>\nusing namespace std;\n\nint main() {\n    priority_queue<long long, vector<long long>, greater<‸",
        Some("long long>>"),
    ),
    (
        "cpp",
        "#include <iostream>\n#include <vector>\n\nint main() {\n    int n;\n    std::cin >> n;\n    std::vector<int> v(n);\n    for (int i = 0; i < n; i++) std::cin >> ‸",
        Some("v[i];"),
    ),
    (
        "cpp",
        "#include <iostream>\nusing namespace std;\n\nint main() {\n    int n;\n    cin >> n;\n    vector<long long> a(n);\n    for (int j = 0; j < n; ++j) {\n        cin >> ‸",
        Some("a[j];"),
    ),
    (
        "cpp",
        "#include <iostream>\n#include <vector>\n\nint main() {\n    int n;\n    std::cin >> n;\n    std::vector<int> a(n), b(n);\n    for (int i = 0; i < n; i++) std::cin >> ‸",
        None,
    ),
    (
        "cpp",
        "#include <unordered_set>\n#include <string>\n\nbool seen_before(std::unordered_set<std::string>& seen, const std::string& w) {\n    if (seen.cou‸",
        Some("nt()"),
    ),
    (
        "cpp",
        "#include <algorithm>\n#include <vector>\n\nvoid by_age(std::vector<Person>& people) {\n    std::sort(people.begin(), people.end(), [](const Person& x, const Person& y) { return x.age < ‸",
        Some("y.age; });"),
    ),
    (
        "cpp",
        "#include <algorithm>\n#include <vector>\n\nvoid desc(std::vector<int>& v) {\n    std::sort(v.begin(), v.end(), [](int a, int b) { return b < ‸",
        None,
    ),
    (
        "cpp",
        "#include <map>\n#include <string>\n\nint main() {\n    std::map<std::string, int> ages;\n    ages.‸",
        None,
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        List<String> longNames = names.stream().filter(n -> n.‸",
        None,
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        Optional<String> name = Optional.‸",
        None,
    ),
    (
        "java",
        "public record Point(int x, int y) {}\n\npublic class Main {\n    public static void main(String[] args) {\n        Point p = new Point(1, 2);\n        System.out.println(p.‸",
        None,
    ),
    (
        "java",
        "public record User(String name, int age) {\n    public User {\n        if (age < 0) throw new IllegalArgumentException(‸",
        None,
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        Map<String, Integer> ages = Map.of(\"ann\", 30, ‸",
        None,
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        Deque<Integer> stack = new ArrayDeque<>();\n        stack.push(1);\n        int top = stack.‸",
        None,
    ),
    (
        "java",
        "class ParserTest {\n    @Test\n    void rejectsEmpty() {\n        assertThrows(IllegalArgumentException.class, () -> ‸",
        None,
    ),
    (
        "java",
        "class ListTest {\n    @Test\n    void startsEmpty() {\n        List<String> list = new ArrayList<>();\n        assertTrue(list.‸",
        None,
    ),
    (
        "java",
        "class CalcTest {\n    @Test\n    void adds() {\n        Calculator calc = new Calculator();\n        assertEquals(5, calc.add(2, 3)‸)",
        None,
    ),
    (
        "java",
        "@RestController\n@RequestMapping(\"/api/users\")\npublic class UserController {\n    @GetMapping(\"/{id}\")\n    public User get(@PathVariable ‸",
        None,
    ),
    (
        "java",
        "@RestController\npublic class UserController {\n    @GetMapping(\"/users/{id}\")\n    public User get(@PathVariable Long id) {\n        return service.‸",
        None,
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        Map<String, List<Order>> byCustomer = orders.stream().collect(Collectors.groupingBy(Order::‸",
        None,
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        String joined = names.stream().collect(Collectors.joining(‸",
        None,
    ),
    (
        "java",
        "public class Account {\n    private double balance;\n\n    public void withdraw(double amount) {\n        if (amount > balance) {\n            throw new ‸",
        None,
    ),
    (
        "cpp",
        "#include <string>\n\nclass Account {\npublic:\n    double balance() const { return ‸",
        None,
    ),
    (
        "cpp",
        "#include <string>\n\nclass Account {\npublic:\n    double balance() const { return balance_; }\nprivate:\n    std::string owner_;\n    double balance_;\n};\n\nclass Savings {\n    double rate() const { return ‸",
        None,
    ),
    (
        "cpp",
        "#include <memory>\n\nint main() {\n    auto p = std::make_unique<‸",
        None,
    ),
    (
        "cpp",
        "#include <string>\n\nstd::string first3(const std::string& s) {\n    return s.substr(‸",
        None,
    ),
    (
        "cpp",
        "#include <fstream>\n\nint main() {\n    std::ofstream out(\"out.txt\");\n    out << ‸",
        None,
    ),
    (
        "cpp",
        "#include <stdexcept>\n\ndouble divide(double a, double b) {\n    if (b == 0) throw std::runtime_error(‸",
        None,
    ),
    (
        "cpp",
        "#include <stdexcept>\n\nint main() {\n    try {\n        run();\n    } catch (const std::‸",
        None,
    ),
    (
        "cpp",
        "#include <iostream>\n#include <vector>\n#include <string>\n\nint main() {\n    int n = 3, m = 4;\n    std::vector<std::vector<int>> grid(n, std::vector<int>(‸",
        None,
    ),
    (
        "cpp",
        "#include <algorithm>\n#include <vector>\n\nint evens(const std::vector<int>& v) {\n    return std::count_if(v.begin(), v.end(), [](int x) { return ‸",
        None,
    ),
    (
        "cpp",
        "#include <string>\n\nint main() {\n    std::string s = \"a,b,c\";\n    size_t pos = s.find(‸",
        None,
    ),
    (
        "cpp",
        "#include <memory>\n#include <vector>\n\nint main() {\n    std::vector<std::unique_ptr<Shape>> shapes;\n    shapes.push_back(std::make_unique<‸",
        None,
    ),
    (
        "cpp",
        "#include <map>\n#include <string>\n\nint main() {\n    std::map<std::string, int> ages;\n    ages[\"ann\"] = 30;\n    if (ages.count(‸",
        None,
    ),
    (
        "java",
        "@RestController\npublic class UserController {\n    @GetMa‸",
        Some("pping"),
    ),
    (
        "java",
        "@RestController\n@RequestMapping(\"/api\")\npublic class OrderController {\n    @Del‸",
        Some("eteMapping"),
    ),
    (
        "java",
        "@RestController\npublic class UserController {\n    @P‸",
        None,
    ),
    (
        "java",
        "@RestController\npublic class UserController {\n    @GetMapping(\"/{id}\")\n    public User get(@PathV‸",
        Some("ariable"),
    ),
    (
        "java",
        "@RestController\npublic class UserController {\n    @GetMapping(\"/{id}\")\n    public User get(@Req‸",
        None,
    ),
    (
        "java",
        "public class UserService {\n    @GetMa‸",
        Some("pping"),
    ),
    (
        "c",
        "int sum_to(int n) {\n    int s = 0;\n    for (int i = 0; i ‸",
        Some("< "),
    ),
    (
        "java",
        "class A {\n    void f(int[] a) {\n        for (int k = 0; k ‸",
        Some("< "),
    ),
    ("c", "int sum_to(int n) {\n    for (int i = 1; i ‸", None),
    (
        "go",
        "package main\n\nfunc f(n int) {\n\tfor i := 0; i ‸",
        Some("< "),
    ),
    // Seventeenth round (r17f): interview problems as a candidate types them: the last index and a table one longer
    // (`len(nums) - ` -> `1`, `[0] * (n + ` -> `1)`), a graph search's visited set and queue, a running best, the
    // second term of a recurrence, Go's counted and grouped maps, a comparator on pairs, and no sum for `twoSum`.
    (
        "python",
        "def max_subarray(nums):\n    best = cur = nums[0]\n    for n in nums[1:]:\n        cur = max(n, cur + n)\n        best = max(best, ‸",
        Some("cur)"),
    ),
    (
        "python",
        "from collections import deque\n\ndef bfs(graph, start):\n    visited = {start}\n    queue = deque([‸",
        Some("start])"),
    ),
    (
        "python",
        "def bfs(graph, start):\n    visited = {start}\n    queue = deque([start])\n    while queue:\n        node = queue.popleft()\n        for nb in graph[node]:\n            if nb not in ‸",
        Some("visited:"),
    ),
    (
        "python",
        "def climb_stairs(n):\n    dp = [0] * (n + ‸",
        Some("1)"),
    ),
    (
        "python",
        "def binary_search(nums, target):\n    lo, hi = 0, len(nums) - 1\n    while lo <= hi:\n        mid = (lo + hi) // 2\n        if nums[mid] == target:\n            return mid\n        elif nums[mid] < target:\n            lo = mid + ‸",
        Some("1"),
    ),
    (
        "javascript",
        "function maxSubArray(nums) {\n  let best = nums[0];\n  let cur = nums[0];\n  for (let i = 1; i < nums.length; i++) {\n    cur = Math.max(nums[i], cur + nums[i]);\n    best = Math.max(best, ‸",
        Some("cur);"),
    ),
    (
        "javascript",
        "function merge(intervals) {\n  intervals.sort((a, b) => a[0] - ‸",
        Some("b[0])"),
    ),
    (
        "javascript",
        "function lengthOfLongestSubstring(s) {\n  const seen = new Set();\n  let left = 0, best = 0;\n  for (let right = 0; right < s.length; right++) {\n    while (seen.has(s[right])) {\n      seen.delete(s[‸",
        None,
    ),
    (
        "javascript",
        "function bfs(graph, start) {\n  const visited = new Set([start]);\n  const queue = [‸",
        Some("start];"),
    ),
    (
        "javascript",
        "function bfs(graph, start) {\n  const visited = new Set([start]);\n  const queue = [start];\n  while (queue.length) {\n    const node = queue.shift();\n    for (const nb of graph[node]) {\n      if (!visited.has(‸",
        Some("nb)) {"),
    ),
    (
        "javascript",
        "function climbStairs(n) {\n  const dp = new Array(n + 1).fill(‸",
        None,
    ),
    (
        "typescript",
        "function twoSum(nums: number[], target: number): number[] {\n  return ‸",
        None,
    ),
    (
        "typescript",
        "function merge(intervals: number[][]): number[][] {\n  const result: number[][] = [];\n  for (const [start, end] of intervals) {\n    const last = result[result.length - ‸",
        Some("1]"),
    ),
    (
        "typescript",
        "function topKFrequent(nums: number[], k: number): number[] {\n  return [...counts.entries()].sort((a, b) => b[1] - ‸",
        Some("a[1])"),
    ),
    (
        "typescript",
        "function bfs(graph: Map<number, number[]>, start: number): number[] {\n  const visited = new Set<number>([start]);\n  const queue: number[] = [‸",
        Some("start];"),
    ),
    (
        "typescript",
        "function climbStairs(n: number): number {\n  const dp: number[] = new Array(n + 1).fill(0);\n  dp[0] = 1;\n  dp[1] = 1;\n  for (let i = 2; i <= n; i++) {\n    dp[i] = dp[i - 1] + dp[i - ‸",
        Some("2]"),
    ),
    (
        "typescript",
        "function search(nums: number[], target: number): number {\n  let lo = 0;\n  let hi = nums.length - ‸",
        Some("1;"),
    ),
    (
        "typescript",
        "function search(nums: number[], target: number): number {\n  let lo = 0;\n  let hi = nums.length - 1;\n  while (lo <= hi) {\n    const mid = (lo + hi) >> 1;\n    if (nums[mid] === target) return mid;\n    if (nums[mid] < target) lo = mid + 1;\n    else hi = mid - ‸",
        Some("1;"),
    ),
    (
        "go",
        "func isValid(s string) bool {\n\tstack := []rune{}\n\tfor _, ch := range s {\n\t\ttop := stack[len(stack)-1]\n\t\tstack = stack[:len(stack)-‸",
        Some("1]"),
    ),
    (
        "go",
        "func maxSubArray(nums []int) int {\n\tbest, cur := nums[0], nums[0]\n\tfor _, n := range nums[1:] {\n\t\tcur = max(n, cur+n)\n\t\tbest = max(best, ‸",
        Some("cur)"),
    ),
    (
        "go",
        "func groupAnagrams(strs []string) [][]string {\n\tgroups := make(map[string][]string)\n\tfor _, s := range strs {\n\t\tb := []byte(s)\n\t\tsort.Slice(b, func(i, j int) bool { return b[i] < b[j] })\n\t\tkey := string(b)\n\t\tgroups[key] = append(groups[key], ‸",
        Some("s)"),
    ),
    (
        "go",
        "func lengthOfLongestSubstring(s string) int {\n\tlast := make(map[byte]int)\n\tleft, best := 0, 0\n\tfor right := 0; right < len(‸",
        None,
    ),
    (
        "go",
        "func bfs(graph map[int][]int, start int) []int {\n\tvisited := map[int]bool{start: true}\n\tqueue := []int{‸",
        Some("start}"),
    ),
    (
        "go",
        "func bfs(graph map[int][]int, start int) []int {\n\tvisited := map[int]bool{start: true}\n\tqueue := []int{start}\n\tfor len(queue) > 0 {\n\t\tnode := queue[0]\n\t\tqueue = queue[1:]\n\t\tfor _, nb := range graph[node] {\n\t\t\tif !visited[‸",
        Some("nb] {"),
    ),
    (
        "go",
        "func climbStairs(n int) int {\n\tdp := make([]int, n+‸",
        Some("1)"),
    ),
    (
        "go",
        "func search(nums []int, target int) int {\n\tlo, hi := 0, len(nums)-‸",
        Some("1"),
    ),
    (
        "go",
        "func countWords(words []string) map[string]int {\n\tcounts := make(map[string]int)\n\tfor _, w := range words {\n\t\tcounts[w]‸",
        Some("++"),
    ),
    (
        "python",
        "from collections import deque\n\ndef walk(adj, root):\n    seen = {root}\n    todo = deque([‸])",
        Some("root"),
    ),
    (
        "javascript",
        "function walk(adj, root) {\n  const seen = new Set([root]);\n  const q = [‸];",
        Some("root"),
    ),
    (
        "go",
        "func walk(adj map[string][]string, root string) {\n\tseen := map[string]bool{root: true}\n\tqueue := []string{‸}",
        Some("root"),
    ),
    (
        "go",
        "func walk(adj map[string][]string, root string) {\n\tseen := map[string]bool{}\n\tqueue := []string{‸",
        None,
    ),
    (
        "python",
        "def walk(adj, root):\n    seen = set()\n    stack = [root]\n    while stack:\n        u = stack.pop()\n        for v in adj[u]:\n            if v not in ‸",
        Some("seen:"),
    ),
    (
        "typescript",
        "function walk(adj: number[][], root: number) {\n  const seen = new Set<number>();\n  for (const v of adj[root]) {\n    if (!seen.has(‸",
        Some("v)) {"),
    ),
    (
        "python",
        "def walk(adj, root):\n    seen = set()\n    done = set()\n    for v in adj[root]:\n        if v not in ‸",
        None,
    ),
    (
        "python",
        "def walk(items):\n    for v in items:\n        if v not in ‸",
        None,
    ),
    (
        "python",
        "def f(n):\n    table = [False] * (n + ‸)",
        Some("1"),
    ),
    (
        "python",
        "def f(n):\n    for i in range(1, n + ‸",
        Some("1):"),
    ),
    (
        "go",
        "func f(n int) {\n\tmemo := make([]int, n+‸)",
        Some("1"),
    ),
    (
        "go",
        "func f(xs []int) {\n\tlast := xs[len(xs)-‸]",
        Some("1"),
    ),
    (
        "javascript",
        "function f(xs) {\n  const top = xs[xs.length - ‸];",
        Some("1"),
    ),
    (
        "javascript",
        "function f(n) {\n  const memo = new Array(n + ‸",
        Some("1)"),
    ),
    (
        "python",
        "def f(s):\n    for i in range(len(s)):\n        if s[i] != s[len(s) - ‸",
        None,
    ),
    ("python", "def f(n):\n    total = n + ‸", None),
    ("python", "def f(xs):\n    if len(xs) - ‸", None),
    (
        "go",
        "func f(n int) int {\n\tfor i := 2; i <= n; i++ {\n\t\tdp[i] = dp[i-1] + dp[i-‸",
        Some("2]"),
    ),
    (
        "python",
        "def fib(n):\n    for i in range(2, n + 1):\n        memo[i] = memo[i - 1] + memo[i - ‸",
        Some("2]"),
    ),
    ("python", "x = a[i - 1] + b[i - ‸", None),
    (
        "go",
        "func f(words []string) {\n\tcounts := make(map[string]int)\n\tfor _, w := range words {\n\t\tcounts[w]‸",
        Some("++"),
    ),
    (
        "go",
        "func f(words []string) {\n\tnames := make(map[string]string)\n\tfor _, w := range words {\n\t\tnames[w]‸",
        None,
    ),
    (
        "go",
        "func f(strs []string) {\n\tgroups := make(map[string][]string)\n\tfor _, s := range strs {\n\t\tgroups[s] = append(groups[s], ‸",
        Some("s)"),
    ),
    (
        "go",
        "func f(strs []string) {\n\tgroups := make(map[string]int)\n\tfor _, s := range strs {\n\t\tgroups[s] = append(groups[s], ‸",
        None,
    ),
    ("javascript", "pairs.sort((a, b) => a[1] - ‸", Some("b[1])")),
    (
        "javascript",
        "people.sort((a, b) => b.age - ‸",
        Some("a.age)"),
    ),
    ("javascript", "pairs.sort((a, b) => a[i] - ‸", None),
    (
        "python",
        "def solve(xs):\n    run = 0\n    top = 0\n    for x in xs:\n        run = max(0, run + x)\n        top = max(top, ‸",
        Some("run)"),
    ),
    (
        "javascript",
        "function f(xs) {\n  let low = Infinity;\n  for (const x of xs) {\n    const v = x * 2;\n    low = Math.min(low, ‸",
        Some("v);"),
    ),
    (
        "python",
        "def solve(xs):\n    for x in xs:\n        top = max(top, ‸",
        None,
    ),
    (
        "python",
        "def binary_search(nums, target):\n    lo, hi = 0, len(nums) - 1\n    while lo <= hi:\n        mid = (lo + hi) // 2\n        if nums[mid] < target:\n            lo = mid - ‸",
        None,
    ),
    (
        "go",
        "func f(nums []int, target int) int {\n\tlow, high := 0, len(nums)-1\n\tfor low <= high {\n\t\tmiddle := (low + high) / 2\n\t\tif nums[middle] > target {\n\t\t\thigh = middle - ‸",
        Some("1"),
    ),
    (
        "typescript",
        "function sumTwo(a: number, b: number): number {\n  return ‸",
        Some("a + b"),
    ),
    (
        "typescript",
        "function addAll(a: number[], b: number): number {\n  return ‸",
        None,
    ),
    (
        "javascript",
        "function f(n) {\n  const seen = new Array(n).fill(‸",
        None,
    ),
    (
        "go",
        "func f(s string) int {\n\tpos := make(map[byte]int)\n\tfor i := 0; i < len(‸",
        None,
    ),
    (
        "javascript",
        "function f(s) {\n  const seen = new Set();\n  let start = 0;\n  for (let i = 0; i < s.length; i++) {\n    seen.delete(s[‸",
        None,
    ),
    (
        "javascript",
        "function f(s) {\n  for (let i = 0; i < s.length; i++) {\n    console.log(s[‸",
        Some("i])"),
    ),
    (
        "python",
        "def dfs(node, visited):\n    visited.add(node)\n    for nb in graph[node]:\n        if nb not in visited:\n            dfs(‸",
        Some("nb, visited)"),
    ),
    (
        "javascript",
        "function dfs(node, visited) {\n  visited.add(node);\n  for (const nb of graph[node]) {\n    if (!visited.has(nb)) dfs(‸",
        Some("nb, visited)"),
    ),
    (
        "typescript",
        "function visit(node: string, seen: Set<string>): void {\n  for (const next of graph.get(node) ?? []) {\n    visit(‸)",
        Some("next, seen"),
    ),
    (
        "python",
        "def dfs(grid, r, c):\n    for dr, dc in dirs:\n        dfs(‸",
        None,
    ),
    // Fourteenth round (g): a format string's several placeholders take as many values, and a template literal's second placeholder closes once.
    (
        "rust",
        "fn main() {\n    let name = \"Ann\";\n    let age = 30;\n    println!(\"{} is {} years old\", ‸",
        Some("name, age);"),
    ),
    (
        "go",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tname := \"Ann\"\n\tage := 30\n\tfmt.Printf(\"%s is %d years old\\n\", ‸",
        Some("name, age)"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        String name = \"Ann\";\n        int age = 30;\n        System.out.printf(\"%s is %d years old%n\", ‸",
        Some("name, age);"),
    ),
    (
        "c",
        "#include <stdio.h>\nint main(void) {\n    int a = 1;\n    int b = 2;\n    printf(\"%d and %d\\n\", ‸",
        Some("a, b);"),
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main(void) {\n    int a = 1, b = 2;\n    printf(\"%d + %d = %d\\n\", ‸",
        None,
    ),
    (
        "python",
        "name = \"Ann\"\nage = 30\nprint(\"{} is {} years old\".format(‸",
        Some("name, age))"),
    ),
    (
        "javascript",
        "const name = \"Ann\";\nconst age = 30;\nconsole.log(`${name} is ${‸",
        Some("age}`);"),
    ),
    (
        "javascript",
        "const age = 30;\nconst s = `${a} and ${‸",
        Some("age}`;"),
    ),
    // Nineteenth round (r19e): the same everyday tasks in all eight languages (input, sums, the largest value,
    // reversals, word counts, files line by line, JSON, HTTP, sorting by a key, filter and map, errors, a small
    // class, a recursion's base case, closures, imports), written blind. New: readline's `input: process.` ->
    // `stdin,`; no `)` after a Go map type's key (`make(map[string]` -> `int)` for counts); a Go scanner's `line :=
    // sc.` -> `Text()` in its loop and `json.Unmarshal(data, ` -> `&p)`; a counting loop's step with its index typed
    // (`i < n; i` -> `++) {`); a pair's second coordinate after a print's format (`println!("({}, {})", x, ` -> `y`,
    // only while the format takes a value); a comparator's second operand begun (`people[j].` -> `Age`, `cmp(&b.` ->
    // `age))`); a TypeScript total with its annotation (`let total: number = 0`); a count's `+ ` typed (`+ 1` ->
    // `1);`, and a `Map`'s `set(k, (m.get(k) ?? 0) `); C++'s `counts[w]` -> `++;` under `while (std::cin >> w)`;
    // the record a test beats (`if (n > max) ` -> `max = n;`); Python's `rev = s[` -> `::-1]`; a brace-less base
    // case's `return `; a Java or C++ for-each's variable is fresh for the first call in its body. Then look-alikes
    // with other names, auto-closed brackets, and cases left alone (a map typed by key only, an `if err := ` call,
    // another index's step, a format with no value left, another map, a test between two plain names, a slice
    // named for nothing, a for-each's variable already used).
    ("python", "import numpy as ‸", Some("np")),
    ("python", "import pandas as ‸", Some("pd")),
    ("python", "import matplotlib.pyplot as ‸", Some("plt")),
    (
        "python",
        "name = input(\"Name: \")\nprint(f\"Hello, {‸",
        Some("name}\")"),
    ),
    (
        "python",
        "name = input(\"Name: \")\nprint(f\"Hello, {‸\")",
        Some("name"),
    ),
    ("python", "n = int(inp‸", Some("ut(")),
    (
        "python",
        "import json\nwith open(\"data.json\") as f:\n    data = json.‸",
        Some("load(f)"),
    ),
    (
        "python",
        "import json\ns = '{\"a\": 1}'\ndata = json.lo‸",
        Some("ads()"),
    ),
    (
        "python",
        "nums = [3, 1, 2]\ntotal = 0\nfor n in nums:\n    total ‸",
        Some("+= n"),
    ),
    ("python", "nums = [3, 1, 2]\nbiggest = ma‸", Some("x(")),
    ("python", "s = \"hello\"\nrev = s[‸]", Some("::-1")),
    (
        "python",
        "text = \"a b c\"\nwords = text.sp‸",
        Some("lit()"),
    ),
    (
        "python",
        "with open(\"input.txt\") as f:\n    for line in f:\n        print(line.‸",
        Some("strip())"),
    ),
    (
        "python",
        "import requests\nr = requests.get(url)\ndata = r.‸",
        Some("json()"),
    ),
    ("python", "people.sort(key=‸)", None),
    (
        "python",
        "nums = [1, 2, 3]\nevens = [x for x in nums if x % 2 == ‸]",
        Some("0"),
    ),
    (
        "python",
        "nums = [1, 2, 3]\nsquares = [x * x for x in ‸]",
        Some("nums"),
    ),
    (
        "python",
        "def parse(s):\n    try:\n        return int(s)\n    except ‸",
        Some("ValueError:"),
    ),
    (
        "python",
        "class Point:\n    def __init__(self, x, y):\n        self.x = x\n        self.‸",
        Some("y = y"),
    ),
    (
        "python",
        "class Point:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n\n    def __str__(self):\n        return f\"Point({self.x}, {self.‸",
        Some("y})\""),
    ),
    (
        "python",
        "def fact(n):\n    if n == 0:\n        return ‸",
        Some("1"),
    ),
    (
        "python",
        "def fib(n):\n    if n < 2:\n        return ‸",
        Some("n"),
    ),
    (
        "python",
        "def main():\n    pass\n\n\nif __name__ == \"__main__\":\n    ‸",
        Some("main()"),
    ),
    ("python", "from collections import ‸", None),
    (
        "javascript",
        "const total = arr.reduce((acc, x) => ‸",
        Some("acc + x, 0);"),
    ),
    (
        "javascript",
        "const total = arr.reduce((acc, x) => ‸)",
        Some("acc + x, 0"),
    ),
    (
        "javascript",
        "app.get(\"/\", (req, res) => {\n  res.‸",
        Some("json()"),
    ),
    (
        "javascript",
        "app.get(\"/users\", (req, res) => {\n  res.js‸",
        Some("on()"),
    ),
    (
        "javascript",
        "app.use((req, res) => {\n  res.sta‸",
        Some("tus()"),
    ),
    (
        "javascript",
        "const express = require(\"‸\")",
        Some("express"),
    ),
    (
        "javascript",
        "const app = express();\napp.listen(3000, () => {\n  console.‸",
        Some("log()"),
    ),
    (
        "javascript",
        "const nums = [1, 2, 3];\nlet max = nums[0];\nfor (const n of nums) {\n  if (n > max) ‸",
        Some("max = n;"),
    ),
    (
        "javascript",
        "const rev = str.split(\"\").reverse().‸",
        Some("join(\"\")"),
    ),
    (
        "javascript",
        "const count = text.split(\" \").len‸",
        Some("gth"),
    ),
    ("javascript", "const data = JSON.pa‸", Some("rse()")),
    (
        "javascript",
        "fetch(url)\n  .then((res) => res.‸",
        Some("json()"),
    ),
    (
        "javascript",
        "const res = await fetch(url);\nconst data = await res.‸",
        Some("json()"),
    ),
    (
        "javascript",
        "people.sort((a, b) => a.age - ‸",
        Some("b.age)"),
    ),
    (
        "javascript",
        "people.sort((a, b) => a.age - b.‸)",
        Some("age"),
    ),
    (
        "javascript",
        "const evens = nums.filter((n) => n % 2 === ‸",
        Some("0)"),
    ),
    (
        "javascript",
        "const doubled = nums.map((n) => ‸)",
        Some("n * 2"),
    ),
    (
        "javascript",
        "class Person {\n  constructor(name) {\n    this.‸",
        Some("name = name"),
    ),
    (
        "javascript",
        "function fact(n) {\n  if (n === 0) return ‸",
        Some("1"),
    ),
    (
        "javascript",
        "try {\n  JSON.parse(s);\n} ca‸",
        Some("tch ("),
    ),
    (
        "javascript",
        "const fs = require(\"fs\");\nconst text = fs.readFileSync(\"input.txt\", \"‸\")",
        Some("utf8"),
    ),
    (
        "javascript",
        "const readline = require(\"readline\");\nconst rl = readline.createInterface({\n  input: process.‸",
        Some("stdin,"),
    ),
    (
        "javascript",
        "for (let i = 0; i < arr.length; i‸)",
        Some("++"),
    ),
    (
        "typescript",
        "interface User {\n  name: string;\n  age: ‸",
        Some("number;"),
    ),
    (
        "typescript",
        "function add(a: number, b: number): ‸",
        Some("number {"),
    ),
    (
        "typescript",
        "function sum(nums: number[]): number {\n  return nums.reduce((acc, x) => ‸",
        Some("acc + x, 0)"),
    ),
    (
        "typescript",
        "interface User {\n  name: string;\n  age: number;\n}\nconst users: User[] = [];\nusers.sort((a, b) => a.age - b.‸",
        Some("age"),
    ),
    ("typescript", "import express from \"‸\"", Some("express")),
    ("typescript", "import * as fs from \"‸\"", Some("fs")),
    ("typescript", "import * as path from \"pa‸\"", Some("th")),
    (
        "typescript",
        "function isEven(n: number): boolean {\n  return n % 2 === ‸",
        Some("0"),
    ),
    (
        "typescript",
        "async function getData(url: string): Promise<‸>",
        None,
    ),
    (
        "typescript",
        "const res = await fetch(url);\nconst data = await res.js‸",
        Some("on()"),
    ),
    (
        "typescript",
        "function parse(s: string): number {\n  const n = Number(s);\n  if (isNaN(n)) {\n    throw new ‸",
        Some("Error("),
    ),
    (
        "typescript",
        "let total: number = 0;\nfor (const n of nums) {\n  total ‸",
        Some("+= n;"),
    ),
    (
        "typescript",
        "const m = new Map<string, number>();\nfor (const word of words) {\n  m.set(word, (m.get(word) ?? 0) + ‸",
        Some("1);"),
    ),
    ("typescript", "enum Color {\n  Red,\n  ‸", None),
    (
        "typescript",
        "function fib(n: number): number {\n  if (n <= 1) return ‸",
        Some("n"),
    ),
    (
        "typescript",
        "const reversed = s.split(\"\").reverse().join(‸)",
        Some("\"\""),
    ),
    ("typescript", "console.lo‸", Some("g()")),
    (
        "typescript",
        "app.get(\"/users\", (req: Request, res: Response) => {\n  res.js‸",
        Some("on()"),
    ),
    (
        "typescript",
        "function greet(name: string): string {\n  return `Hello, ${‸",
        Some("name}`"),
    ),
    ("java", "Scanner sc = new Scanner(Sys‸", Some("tem.in);")),
    (
        "java",
        "Scanner sc = new Scanner(System.in);\nint n = sc.‸",
        Some("nextInt()"),
    ),
    (
        "java",
        "Scanner sc = new Scanner(System.in);\nString line = sc.nextL‸",
        Some("ine()"),
    ),
    (
        "java",
        "int sum = 0;\nfor (int x : nums) {\n    sum ‸",
        Some("+= x;"),
    ),
    (
        "java",
        "int max = nums[0];\nfor (int i = 1; i < nums.length; i‸",
        Some("++) {"),
    ),
    (
        "java",
        "String rev = new StringBuilder(s).reverse().‸",
        Some("toString();"),
    ),
    ("java", "String[] words = text.split(\"‸\")", None),
    (
        "java",
        "String[] words = text.trim().split(\"\\\\s+\");\nint count = words.‸",
        Some("length"),
    ),
    (
        "java",
        "try (BufferedReader br = new BufferedReader(new FileReader(\"in.txt\"))) {\n    String line;\n    while ((line = br.‸",
        Some("readLine()) != null) {"),
    ),
    ("java", "people.sort((a, b) -> a.age - b.‸", Some("age")),
    (
        "java",
        "List<Integer> evens = nums.stream().filter(n -> n % 2 == 0).collect(Collectors.‸",
        Some("toList());"),
    ),
    (
        "java",
        "public class Point {\n    private int x;\n    private int y;\n\n    public Point(int x, int y) {\n        this.x = x;\n        this.‸",
        Some("y = y;"),
    ),
    ("java", "System.out.print‸", Some("ln()")),
    (
        "java",
        "public static int fact(int n) {\n    if (n == 0) {\n        return ‸",
        Some("1;"),
    ),
    ("java", "import java.util.‸", None),
    ("java", "public static void main(String[] ar‸)", Some("gs")),
    (
        "java",
        "Map<String, Integer> counts = new HashMap<‸",
        Some(">();"),
    ),
    (
        "java",
        "for (String word : words) {\n    counts.put(word, counts.getOrDefault(word, 0) + ‸",
        Some("1);"),
    ),
    (
        "java",
        "try {\n    run();\n} catch (IOException e) {\n    e.‸",
        Some("printStackTrace();"),
    ),
    (
        "java",
        "public class Person {\n    private String name;\n\n    public String getName() {\n        return ‸",
        Some("name;"),
    ),
    (
        "go",
        "import (\n\t\"log\"\n\t\"os\"\n)\n\nfunc main() {\n\tdata, err := os.ReadFile(\"in.txt\")\n\tif err != nil {\n\t\t‸",
        Some("log.Fatal(err)"),
    ),
    (
        "go",
        "func load(p string) ([]byte, error) {\n\tdata, err := os.ReadFile(p)\n\tif err != nil {\n\t\t‸",
        Some("return nil, err"),
    ),
    (
        "go",
        "func parse(s string) (int, error) {\n\tn, err := strconv.Atoi(s)\n\tif err != nil {\n\t\treturn ‸",
        Some("0, "),
    ),
    (
        "go",
        "func save() error {\n\terr := write()\n\tif err != nil {\n\t\treturn ‸",
        Some("err"),
    ),
    ("go", "m := map[string]int‸", Some("{}")),
    ("go", "counts := make(map[string]‸", Some("int)")),
    (
        "go",
        "sum := 0\nfor _, x := range nums {\n\tsum ‸",
        Some("+= x"),
    ),
    ("go", "for i := 0; i < len(nums); i‸", Some("++ {")),
    ("go", "fmt.Print‸", Some("ln()")),
    ("go", "scanner := bufio.NewScanner(os.‸", Some("Stdin)")),
    (
        "go",
        "scanner := bufio.NewScanner(f)\nfor scanner.‸",
        Some("Scan() {"),
    ),
    (
        "go",
        "for scanner.Scan() {\n\tline := scanner.‸",
        Some("Text()"),
    ),
    (
        "go",
        "var p Person\nerr := json.Unmarshal(data, ‸",
        Some("&p)"),
    ),
    (
        "go",
        "func get(url string) error {\n\tresp, err := http.Get(url)\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer resp.‸",
        Some("Body.Close()"),
    ),
    (
        "go",
        "sort.Slice(people, func(i, j int) bool {\n\treturn people[i].Age < people[j].‸",
        Some("Age"),
    ),
    (
        "go",
        "type Point struct {\n\tX, Y int\n}\n\nfunc (p Point) String() string {\n\treturn fmt.Sprintf(\"(%d, %d)\", p.X, p.‸",
        Some("Y"),
    ),
    (
        "go",
        "func fact(n int) int {\n\tif n == 0 {\n\t\treturn ‸",
        Some("1"),
    ),
    ("go", "import (\n\t\"fmt\"\n\t\"encoding/js‸", Some("on\"")),
    (
        "go",
        "runes := []rune(s)\nfor i, j := 0, len(runes)-1; i < j; i, j = i+1, j-1 {\n\trunes[i], runes[j] = ‸",
        Some("runes[j], runes[i]"),
    ),
    ("go", "n, err := strconv.At‸", Some("oi()")),
    ("go", "var n int\nfmt.Scan(‸)", Some("&n")),
    ("go", "if v, ok := m[key]; ‸", Some("ok {")),
    (
        "go",
        "func max(a, b int) int {\n\tif a > b {\n\t\treturn a\n\t}\n\treturn ‸",
        Some("b"),
    ),
    (
        "rust",
        "fn main() {\n    let name = \"Bob\";\n    println!(\"Hello, {}!\", ‸",
        Some("name);"),
    ),
    (
        "rust",
        "fn main() {\n    let x = 5;\n    println!(\"{}\", ‸)",
        Some("x"),
    ),
    ("rust", "#[derive(‸", Some("Debug)]")),
    ("rust", "#[derive(‸)]", Some("Debug")),
    (
        "rust",
        "fn parse_num(s: &str) -> Result<i32, std::num::ParseIntError> {\n    let n: i32 = s.trim().parse()‸",
        Some("?;"),
    ),
    (
        "rust",
        "fn read() -> std::io::Result<String> {\n    let text = std::fs::read_to_string(\"in.txt\")‸",
        Some("?;"),
    ),
    (
        "rust",
        "let mut input = String::new();\nstd::io::stdin().read_line(&mut ‸",
        Some("input)"),
    ),
    ("rust", "let sum: i32 = nums.iter().‸", Some("sum()")),
    ("rust", "let max = nums.iter().max()‸", None),
    (
        "rust",
        "let rev: String = s.chars().rev().‸",
        Some("collect()"),
    ),
    (
        "rust",
        "let count = text.split_whitespace().‸",
        Some("count()"),
    ),
    (
        "rust",
        "let file = File::open(\"in.txt\")?;\nlet reader = BufReader::new(‸",
        Some("file"),
    ),
    (
        "rust",
        "people.sort_by(|a, b| a.age.cmp(&b.‸",
        Some("age))"),
    ),
    ("rust", "people.sort_by_key(|p| p.‸", None),
    (
        "rust",
        "let doubled: Vec<i32> = nums.iter().map(|x| x * 2).‸",
        Some("collect()"),
    ),
    (
        "rust",
        "struct Point {\n    x: i32,\n    y: i32,\n}\n\nimpl Point {\n    fn new(x: i32, y: i32) -> Self {\n        Self { ‸",
        Some("x, y }"),
    ),
    ("rust", "use std::collections::Hash‸", None),
    ("rust", "use std::io::{self, ‸", None),
    (
        "rust",
        "fn fact(n: u64) -> u64 {\n    if n == 0 {\n        return ‸",
        Some("1;"),
    ),
    (
        "rust",
        "let mut counts = HashMap::new();\nfor w in text.split_whitespace() {\n    *counts.entry(w).‸",
        Some("or_insert(0) += 1;"),
    ),
    ("c", "#include <std‸", Some("io.h>")),
    ("c", "int n;\nscanf(\"%d\", ‸", Some("&n);")),
    ("c", "int n;\nscanf(\"%d\", &‸)", Some("n")),
    (
        "c",
        "int arr[5] = {1, 2, 3, 4, 5};\nint sum = 0;\nfor (int i = 0; i < 5; i++) {\n    sum += ‸",
        Some("arr[i];"),
    ),
    ("c", "for (int i = 0; i < n; i‸", Some("++) {")),
    (
        "c",
        "for (int i = 1; i < n; i++) {\n    if (arr[i] > max) {\n        max = ‸",
        Some("arr[i];"),
    ),
    ("c", "int len = strl‸", Some("en(")),
    (
        "c",
        "FILE *fp = fopen(\"in.txt\", \"r\");\nif (fp == ‸",
        Some("NULL) {"),
    ),
    (
        "c",
        "char line[256];\nwhile (fgets(line, sizeof(line), ‸",
        Some("stdin)) {"),
    ),
    (
        "c",
        "FILE *fp = fopen(\"in.txt\", \"r\");\nchar line[256];\nwhile (fgets(line, sizeof(line), ‸",
        Some("fp)) {"),
    ),
    (
        "c",
        "int fact(int n) {\n    if (n == 0)\n        return ‸",
        Some("1;"),
    ),
    ("c", "int *arr = malloc(n * sizeof(‸", Some("int));")),
    (
        "c",
        "int cmp(const void *a, const void *b) {\n    return *(int *)a - *(int *)b;\n}\n\nint main(void) {\n    qsort(arr, n, sizeof(int), ‸",
        Some("cmp);"),
    ),
    (
        "c",
        "int main(void) {\n    printf(\"hi\\n\");\n    return ‸",
        Some("0;"),
    ),
    ("c", "int main(int argc, char *ar‸", Some("gv[]) {")),
    (
        "c",
        "char *s = \"hello\";\nint n = strlen(s);\nfor (int i = n - 1; i >= 0; i‸",
        Some("--) {"),
    ),
    ("c", "free(‸", None),
    ("cpp", "#include <ios‸", Some("tream>")),
    ("cpp", "using namespace ‸", Some("std;")),
    ("cpp", "int n;\ncin >> ‸", Some("n;")),
    ("cpp", "std::cout << \"Hello\" << std::‸", Some("endl")),
    (
        "cpp",
        "std::vector<int> v = {3, 1, 2};\nint sum = 0;\nfor (int x : v) {\n    sum ‸",
        Some("+= x;"),
    ),
    (
        "cpp",
        "int mx = *max_element(v.begin(), ‸",
        Some("v.end());"),
    ),
    ("cpp", "std::sort(v.begin(), ‸", Some("v.end());")),
    ("cpp", "reverse(s.begin(), s.‸", Some("end());")),
    (
        "cpp",
        "std::string line;\nwhile (std::getline(std::cin, ‸",
        Some("line)) {"),
    ),
    (
        "cpp",
        "std::ifstream in(\"input.txt\");\nstd::string line;\nwhile (getline(in, ‸",
        Some("line)) {"),
    ),
    (
        "cpp",
        "std::sort(people.begin(), people.end(), [](const Person& a, const Person& b) {\n    return a.age < b.‸",
        Some("age"),
    ),
    (
        "cpp",
        "std::map<std::string, int> counts;\nstd::string w;\nwhile (std::cin >> w) {\n    counts[w]‸",
        Some("++;"),
    ),
    (
        "cpp",
        "class Point {\npublic:\n    Point(int x, int y) : x_(x), ‸",
        Some("y_(y) {}"),
    ),
    (
        "cpp",
        "int fib(int n) {\n    if (n <= 1) return ‸",
        Some("n;"),
    ),
    ("cpp", "#include <vec‸", Some("tor>")),
    ("cpp", "std::vector<int> v;\nv.push‸", Some("_back()")),
    (
        "cpp",
        "std::map<std::string, int> counts;\nfor (const auto& [word, n] : ‸",
        Some("counts) {"),
    ),
    (
        "cpp",
        "try {\n    int n = std::stoi(s);\n} catch (const std::exception& e) {\n    std::cerr << e.‸",
        Some("what()"),
    ),
    ("cpp", "for (int i = 0; i < v.si‸", Some("ze()")),
    (
        "cpp",
        "int main() {\n    std::cout << \"hi\";\n    return ‸",
        Some("0;"),
    ),
    (
        "cpp",
        "std::transform(v.begin(), v.end(), v.begin(), [](int x) { return ‸",
        None,
    ),
    (
        "javascript",
        "const rl = readline.createInterface({ input: process.‸",
        Some("stdin,"),
    ),
    (
        "javascript",
        "const rl = readline.createInterface({\n  input: process.stdin,\n  output: process.‸",
        Some("stdout"),
    ),
    (
        "typescript",
        "const rl = createInterface({ output: process.stdout, input: process.‸",
        Some("stdin"),
    ),
    (
        "javascript",
        "const args = process.‸",
        Some("argv.slice(2)"),
    ),
    ("go", "seen := make(map[string]‸", Some("bool)")),
    ("go", "counts := make(map[string]‸)", Some("int")),
    ("go", "m := make(map[int]‸", None),
    ("go", "for sc.Scan() {\n\ttext := sc.‸", Some("Text()")),
    ("go", "text := sc.‸", None),
    (
        "go",
        "var cfg Config\nerr = json.Unmarshal(body, ‸",
        Some("&cfg)"),
    ),
    (
        "go",
        "var cfg Config\nif err := json.Unmarshal(body, ‸",
        None,
    ),
    (
        "javascript",
        "for (let j = 0; j < items.length; j‸",
        Some("++) {"),
    ),
    ("go", "for i := 0; i < n; i‸", Some("++ {")),
    ("c", "for (int k = n - 1; k >= 0; k‸", Some("--) {")),
    (
        "javascript",
        "for (let i = 0; i < arr.length; i‸)",
        Some("++"),
    ),
    ("java", "for (int i = 0; i < n; j‸", None),
    (
        "rust",
        "let (x, y) = (1, 2);\nprintln!(\"({}, {})\", x, ‸",
        Some("y"),
    ),
    ("rust", "let (x, y) = (1, 2);\nprintln!(\"{}\", x, ‸", None),
    (
        "go",
        "type Point struct {\n\tX, Y int\n}\n\nfunc show(p Point) {\n\tfmt.Printf(\"%d %d\\n\", p.X, p.‸",
        Some("Y"),
    ),
    (
        "go",
        "sort.Slice(items, func(i, j int) bool {\n\treturn items[i].Price < items[j].‸",
        Some("Price"),
    ),
    ("rust", "v.sort_by(|x, y| x.name.cmp(&y.‸", Some("name))")),
    (
        "cpp",
        "std::sort(v.begin(), v.end(), [](const Player& a, const Player& b) {\n    return a.score > b.‸",
        Some("score;"),
    ),
    (
        "typescript",
        "let sum: number = 0;\nfor (const x of xs) {\n  sum ‸",
        Some("+= x;"),
    ),
    (
        "java",
        "for (String w : words) {\n    counts.put(w, counts.getOrDefault(w, 0) + ‸",
        Some("1);"),
    ),
    (
        "javascript",
        "const freq = new Map();\nfor (const ch of text) {\n  freq.set(ch, (freq.get(ch) || 0) + ‸",
        Some("1);"),
    ),
    (
        "javascript",
        "const counts = {};\nfor (const w of words) {\n  counts[w] = (counts[w] ?? 0) + ‸",
        Some("1;"),
    ),
    (
        "python",
        "counts = {}\nfor w in words:\n    counts[w] = counts.get(w, 0) + ‸",
        Some("1"),
    ),
    (
        "typescript",
        "const m = new Map<string, number>();\nfor (const k of keys) {\n  m.set(k, (m.get(k) ?? 0) ‸",
        Some("+ 1);"),
    ),
    ("javascript", "m.set(k, (other.get(k) ?? 0) + ‸", None),
    ("javascript", "total = (total ?? 0) + ‸", None),
    (
        "cpp",
        "std::unordered_map<std::string, int> freq;\nfor (const auto& w : words) {\n    freq[w]‸",
        Some("++;"),
    ),
    (
        "cpp",
        "std::map<std::string, int> seen;\nstd::string name;\nwhile (cin >> name) {\n    seen[name]‸",
        Some("++;"),
    ),
    (
        "cpp",
        "std::map<std::string, std::string> names;\nstd::string w;\nwhile (std::cin >> w) {\n    names[w]‸",
        None,
    ),
    (
        "javascript",
        "let max = nums[0];\nfor (const n of nums) {\n  if (n > max) ‸",
        Some("max = n;"),
    ),
    (
        "python",
        "largest = nums[0]\nfor x in nums:\n    if x > largest:\n        ‸",
        Some("largest = x"),
    ),
    (
        "java",
        "int lowest = scores[0];\nfor (int score : scores) {\n    if (score < lowest) {\n        ‸",
        Some("lowest = score;"),
    ),
    (
        "go",
        "best := nums[0]\nfor _, v := range nums {\n\tif v > best {\n\t\t‸",
        Some("best = v"),
    ),
    (
        "javascript",
        "for (const n of nums) {\n  if (a > b) ‸",
        None,
    ),
    (
        "javascript",
        "for (const n of nums) {\n  if (n > max && n < 10) ‸",
        None,
    ),
    ("python", "s = input()\nrev = s[‸", Some("::-1]")),
    (
        "python",
        "word = \"level\"\nreversed_word = word[‸]",
        Some("::-1"),
    ),
    ("python", "s = input()\nfirst = s[‸", None),
    (
        "c",
        "int fact(int n) {\n    if (n == 0)\n        return ‸",
        Some("1;"),
    ),
    (
        "java",
        "static int fib(int n) {\n    if (n < 2)\n        return ‸",
        Some("n;"),
    ),
    (
        "java",
        "for (Student st : students) {\n    System.out.println(‸",
        Some("st"),
    ),
    (
        "cpp",
        "for (int x : v) {\n    printf(\"%d\\n\", ‸",
        Some("x"),
    ),
    (
        "java",
        "for (String s : list) {\n    total += s.length();\n    System.out.println(‸)",
        None,
    ),
    (
        "java",
        "for (String s : list) {\n    System.out.println(‸)",
        Some("s"),
    ),
    // Eighteenth round (r18e): competitive programming as contestants type it in C++, Java and Python (fast input and output, t test cases, typedefs and macros, adjacency lists from edges, prefix sums, comparators, Dijkstra's priority queue, union-find, DP tables with memset, bits, the modulus, two pointers, binary search, grid BFS with dx/dy, YES/NO), written blind. New module `competitive`: the modulus's value and operand (`MOD = 1e9 + ` -> `7;`, `% ` -> `MOD;`), the test-case loop over the count just read, the rest of a declaration read in order, the mirror of a statement about the first of a pair read together (`u--;` -> `v--;`, `adj[u].push_back(v);` -> `adj[v].push_back(u);`), a call on a union's other parameter, whole ranges, `greater<T>>`, Dijkstra's relaxation and pushed node, path compression, `memset`'s size, a memo known not to be `-1`, bit tests and popcount, a sliding window, the second direction array, a comparator's other operand, Java's fast reader and writer with letters typed, Python's rebound `input`, YES/NO; a backslash just typed is not closed; `defaultdict(li` -> `st)`. Then look-alikes with other names, auto-closed brackets, and cases left alone (a count not named for test cases, a directed edge's `indeg[b]++`, `i % `, an ambiguous `dx`, `new PrintWriter(`).
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace s‸",
        Some("td;"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    ios::sync_with_stdio(f‸",
        Some("alse);"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\ntypedef long lo‸",
        Some("ng ll;"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\nusing ll = lo‸",
        Some("ng long;"),
    ),
    ("cpp", "#define all(x) (x).be‸", Some("gin(), (x).end()")),
    ("cpp", "#define pb push_‸", Some("back")),
    ("cpp", "#define fi fir‸", Some("st")),
    ("cpp", "const int MOD = 1e9 + ‸", Some("7;")),
    ("cpp", "const long long MOD = 1e9+‸", Some("7;")),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    int t;\n    cin >> t;\n    while (t‸",
        Some("--) {"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    int t;\n    cin >> t;\n    while (t--) {\n        int n;\n        cin >> ‸",
        Some("n;"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    int n, m;\n    cin >> n >> ‸",
        Some("m;"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    int n;\n    cin >> n;\n    vector<int> a(n);\n    for (int i = 0; i < n; i++) cin >> ‸",
        Some("a[i];"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    int n;\n    cin >> n;\n    vector<int> a(n);\n    for (auto &x : a) cin >> ‸",
        Some("x;"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    vector<vector<int>> adj(n);\n    for (int i = 0; i < m; i++) {\n        int u, v;\n        cin >> u >> v;\n        adj[u].push_back(v);\n        adj[v].pu‸",
        Some("sh_back(u);"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    vector<vector<int>> adj(n);\n    for (int i = 0; i < m; i++) {\n        int u, v;\n        cin >> u >> v;\n        adj[u].push_back(v);\n        ‸",
        Some("adj[v].push_back(u);"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    vector<vector<int>> adj(n‸",
        None,
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    for (int i = 0; i < m; i++) {\n        int u, v;\n        cin >> u >> v;\n        u--;\n        ‸",
        Some("v--;"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    sort(a.begin(), a.‸",
        Some("end());"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    sort(a.be‸",
        Some("gin(), a.end());"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    sort(v.begin(), v.end(), [](const pair<int,int> &a, const pair<int,int> &b) {\n        return a.second < b.‸",
        Some("second;"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    priority_queue<pair<long long, int>, vector<pair<long long, int>>, gr‸",
        Some("eater<pair<long long, int>>>"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    vector<long long> dist(n, LLONG_MAX);\n    dist[src] = 0;\n    pq.push({0, src});\n    while (!pq.em‸",
        Some("pty()) {"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    while (!pq.empty()) {\n        auto [d, u] = pq.top();\n        pq.p‸",
        Some("op();"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    while (!pq.empty()) {\n        auto [d, u] = pq.top();\n        pq.pop();\n        if (d > dist[u]) cont‸",
        Some("inue;"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    for (auto [v, w] : adj[u]) {\n            if (dist[u] + w < dist[v]) {\n                dist[v] = dist[u] + ‸",
        Some("w;"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    for (auto [v, w] : adj[u]) {\n            if (dist[u] + w < dist[v]) {\n                dist[v] = dist[u] + w;\n                pq.push({dist[v], ‸})",
        Some("v"),
    ),
    (
        "cpp",
        "int parent[N];\n\nint find(int x) {\n    if (parent[x] == x) return x;\n    return parent[x] = fi‸",
        Some("nd(parent[x]);"),
    ),
    (
        "cpp",
        "int parent[N];\n\nint find(int x) {\n    return parent[x] == x ? x : parent[x] = find(‸)",
        Some("parent[x]"),
    ),
    (
        "cpp",
        "void unite(int a, int b) {\n    a = find(a);\n    b = find(‸",
        Some("b);"),
    ),
    (
        "cpp",
        "void unite(int a, int b) {\n    a = find(a);\n    b = find(b);\n    if (a != b) parent[‸",
        None,
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    for (int i = 0; i < n; i++) parent[i] = ‸",
        Some("i;"),
    ),
    (
        "cpp",
        "int dp[1005][1005];\n\nint main() {\n    memset(dp, -1, size‸",
        Some("of(dp));"),
    ),
    (
        "cpp",
        "int dp[1005];\n\nint main() {\n    memset(dp, 0, sizeof(‸))",
        Some("dp"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    vector<int> dp(n + 1);\n    fill(dp.begin(), dp.‸",
        Some("end()"),
    ),
    (
        "cpp",
        "int dp[1005][1005];\n\nint solve(int i, int j) {\n    if (dp[i][j] != -1) return ‸",
        Some("dp[i][j];"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    for (int mask = 0; mask < (1 << n); mask++) {\n        for (int i = 0; i < n; i++) {\n            if (mask & (1 << ‸",
        Some("i))"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    for (int mask = 0; mask < (1 << n); mask++) {\n        int cnt = __builtin_pop‸",
        Some("count(mask);"),
    ),
    (
        "cpp",
        "const int MOD = 1e9 + 7;\n\nlong long power(long long a, long long b) {\n    long long res = 1;\n    while (b > 0) {\n        if (b & 1) res = res * a % ‸",
        Some("MOD;"),
    ),
    (
        "cpp",
        "long long power(long long a, long long b) {\n    long long res = 1;\n    while (b > 0) {\n        if (b & 1) res = res * a % MOD;\n        a = a * a % MOD;\n        b >>= ‸",
        Some("1;"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    int l = 0, r = 0;\n    while (r < n) {\n        sum += a[r];\n        while (sum > k) {\n            sum -= a[l];\n            l‸",
        Some("++;"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    for (int r = 0; r < n; r++) {\n        sum += a[r];\n        while (sum > k) sum -= a[l++];\n        ans = max(ans, r - l + ‸",
        Some("1);"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    long long lo = 0, hi = 1e18;\n    while (lo < hi) {\n        long long mid = lo + (hi - lo) / ‸",
        Some("2;"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    while (lo < hi) {\n        long long mid = (lo + hi) / 2;\n        if (check(mid)) hi = mid;\n        else lo = ‸",
        Some("mid + 1;"),
    ),
    (
        "cpp",
        "int dx[] = {1, -1, 0, 0};\nint dy[] = {‸}",
        Some("0, 0, 1, -1"),
    ),
    (
        "cpp",
        "int dx[4] = {0, 0, 1, -1};\nint dy[4] = {‸",
        Some("1, -1, 0, 0};"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    for (int d = 0; d < 4; d++) {\n            int nx = x + dx[d];\n            int ny = y + ‸",
        Some("dy[d];"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    queue<pair<int,int>> q;\n    q.push({sx, sy});\n    while (!q.empty()) {\n        auto [x, y] = q.fr‸",
        Some("ont();"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    cout << ans << '\\‸",
        Some("n';"),
    ),
    (
        "cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    cout << (ok ? \"YES\" : \"‸\")",
        Some("NO"),
    ),
    (
        "cpp",
        "int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % ‸",
        Some("b); }"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        BufferedReader br = new BufferedReader(new InputStreamReader(Sys‸",
        Some("tem.in));"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        BufferedReader br = new BufferedReader(new Inp‸",
        Some("utStreamReader(System.in));"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        BufferedReader br = new Buff‸",
        Some("eredReader(new InputStreamReader(System.in));"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));\n        StringTokenizer st = new StringTokenizer(br.re‸",
        Some("adLine());"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));\n        StringTokenizer st = new StringTokenizer(br.readLine());\n        int n = Integer.parseInt(st.ne‸",
        Some("xtToken());"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));\n        StringTokenizer st = new StringTokenizer(br.readLine());\n        int n = Integer.parseInt(st.nextToken());\n        int m = Integer.parseInt(‸",
        Some("st.nextToken());"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));\n        StringTokenizer st = new StringTokenizer(br.readLine());\n        int n = Integer.parseInt(st.nextToken());\n        int m = Integer.pa‸",
        Some("rseInt(st.nextToken());"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));\n        StringTokenizer st = new StringTokenizer(br.readLine());\n        long k = Long.parseLong(st.n‸",
        Some("extToken());"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        PrintWriter out = new PrintWriter(Sys‸",
        Some("tem.out);"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        PrintWriter out = new PrintWriter(System.out);\n        out.println(ans);\n        out.fl‸",
        Some("ush();"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        PrintWriter out = new PrintWriter(System.out);\n        out.println(ans);\n        out.flush();\n        out.cl‸",
        Some("ose();"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));\n        int t = Integer.parseInt(br.readLine());\n        while (t‸",
        Some("-- > 0) {"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));\n        int t = Integer.parseInt(br.readLine());\n        while (t-- > ‸",
        Some("0) {"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));\n        StringTokenizer st = new StringTokenizer(br.readLine());\n        int[] a = new int[n];\n        st = new StringTokenizer(br.readLine());\n        for (int i = 0; i < n; i++) a[i] = Integer.parseInt(st.‸",
        Some("nextToken());"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));\n        StringTokenizer st = new StringTokenizer(br.readLine());\n        int[] a = new int[n];\n        st = new StringTokenizer(br.readLine());\n        for (int i = 0; i < n; i++) a[i] = Integer.parseInt(‸)",
        Some("st.nextToken()"),
    ),
    (
        "java",
        "public class Main {\n    static final int MOD = 1_000_000_‸",
        Some("007;"),
    ),
    (
        "java",
        "public class Main {\n    static final long MOD = 1000000‸",
        Some("007;"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        for (int i = 0; i < m; i++) {\n            int u = sc.nextInt(), v = sc.nextInt();\n            adj.get(u).add(v);\n            adj.get(v).a‸",
        Some("dd(u);"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        for (int i = 0; i < m; i++) {\n            int u = sc.nextInt(), v = sc.nextInt();\n            adj.get(u).add(v);\n            ‸",
        Some("adj.get(v).add(u);"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        PriorityQueue<long[]> pq = new PriorityQueue<>((x, y) -> Long.compare(x[0], ‸",
        Some("y[0]));"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        PriorityQueue<int[]> pq = new PriorityQueue<>((a, b) -> a[1] - ‸",
        Some("b[1]);"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        PriorityQueue<int[]> pq = new PriorityQueue<>((a, b) -> a[1] - b[1]);\n        pq.add(new int[]{src, 0});\n        while (!pq.isEm‸",
        Some("pty()) {"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        Arrays.sort(arr, (a, b) -> a[0] - ‸",
        Some("b[0]);"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        Arrays.sort(intervals, (a, b) -> Integer.compare(a[0], ‸))",
        Some("b[0]"),
    ),
    (
        "java",
        "public class Main {\n    static int[] parent;\n\n    static int find(int x) {\n        if (parent[x] != x) parent[x] = find(‸",
        Some("parent[x]);"),
    ),
    (
        "java",
        "public class Main {\n    static int[] parent;\n\n    static int find(int x) {\n        if (parent[x] != x) parent[x] = find(parent[x]);\n        return ‸",
        Some("parent[x];"),
    ),
    (
        "java",
        "public class Main {\n    static int[] parent;\n\n    static void union(int a, int b) {\n        parent[find(a)] = find(‸",
        Some("b);"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        parent = new int[n];\n        for (int i = 0; i < n; i++) parent[i] = ‸",
        Some("i;"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        for (int mask = 0; mask < (1 << n); mask++) {\n            int cnt = Integer.bitCo‸",
        Some("unt(mask);"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        for (int mask = 0; mask < (1 << n); mask++) {\n            for (int i = 0; i < n; i++) {\n                if ((mask >> i & 1) == ‸",
        None,
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        int lo = 0, hi = n - 1;\n        while (lo <= hi) {\n            int mid = lo + (hi - lo) / ‸",
        Some("2;"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        while (lo <= hi) {\n            int mid = lo + (hi - lo) / 2;\n            if (a[mid] < target) lo = mid + 1;\n            else hi = ‸",
        Some("mid - 1;"),
    ),
    (
        "java",
        "public class Main {\n    static int[] dx = {1, -1, 0, 0};\n    static int[] dy = {‸}",
        Some("0, 0, 1, -1"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        for (int d = 0; d < 4; d++) {\n                int nx = x + dx[d], ny = y + ‸",
        Some("dy[d];"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        Queue<int[]> q = new ArrayDeque<>();\n        q.add(new int[]{sx, sy});\n        while (!q.isEmpty()) {\n            int[] cur = q.po‸",
        Some("ll();"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        StringBuilder sb = new StringBuilder();\n        for (int x : res) sb.append(x).app‸",
        None,
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        System.out.println(String.join(\" \", ‸",
        None,
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        while (lo < hi) {\n            long mid = (lo + hi) / 2;\n            if (check(mid)) hi = mid;\n            else lo = ‸",
        Some("mid + 1;"),
    ),
    (
        "java",
        "public class Main {\n    static int gcd(int a, int b) {\n        return b == 0 ? a : gcd(b, a % ‸",
        Some("b);"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        int left = 0;\n        for (int right = 0; right < n; right++) {\n            sum += a[right];\n            while (sum > k) sum -= a[left‸",
        Some("++];"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        for (int right = 0; right < n; right++) {\n            sum += a[right];\n            while (sum > k) sum -= a[left++];\n            best = Math.max(best, right - left + ‸",
        Some("1);"),
    ),
    (
        "java",
        "public class Main {\n    static long power(long b, long e, long m) {\n        long r = 1;\n        b %= m;\n        while (e > 0) {\n            if ((e & 1) == 1) r = r * b % ‸",
        Some("m;"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        Scanner sc = new Scanner(Sys‸",
        Some("tem.in);"),
    ),
    (
        "java",
        "import java.util.*;\nimport java.io.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        int[][] grid = new int[n][m];\n        for (int i = 0; i < n; i++)\n            for (int j = 0; j < m; j++)\n                grid[i][j] = sc.nextInt();\n        System.out.println(grid[‸",
        None,
    ),
    (
        "python",
        "import sys\ninput = sys.stdin.rea‸",
        Some("dline"),
    ),
    (
        "python",
        "import sys\ninput = sys.stdin.readline\n\nn = int(inp‸",
        Some("ut())"),
    ),
    (
        "python",
        "import sys\ninput = sys.stdin.readline\n\nn, m = map(int, input().sp‸",
        Some("lit())"),
    ),
    (
        "python",
        "import sys\ninput = sys.stdin.readline\n\nn, m = map(int, inp‸",
        Some("ut().split())"),
    ),
    (
        "python",
        "import sys\ninput = sys.stdin.readline\n\nn = int(input())\na = list(map(int, in‸",
        Some("put().split()))"),
    ),
    (
        "python",
        "import sys\ninput = sys.stdin.readline\n\nn = int(input())\na = list(map(‸))",
        Some("int, input().split()"),
    ),
    (
        "python",
        "import sys\ninput = sys.stdin.readline\n\nt = int(input())\nfor _ in range(‸",
        Some("t):"),
    ),
    (
        "python",
        "import sys\ninput = sys.stdin.readline\n\nt = int(input())\nfor _ in range(t):\n    n = int(input())\n    a = list(map(int, input().split()))\n    print(‸",
        None,
    ),
    ("python", "MOD = 10**9 + ‸", Some("7")),
    (
        "python",
        "MOD = 10 ** 9 + 7\nans = 1\nfor x in a:\n    ans = ans * x % ‸",
        Some("MOD"),
    ),
    (
        "python",
        "import sys\ninput = sys.stdin.readline\n\nadj = [[] for _ in range(n + 1)]\nfor _ in range(m):\n    u, v = map(int, input().split())\n    adj[u].append(v)\n    adj[v].app‸",
        Some("end(u)"),
    ),
    (
        "python",
        "import sys\ninput = sys.stdin.readline\n\nadj = [[] for _ in range(n + 1)]\nfor _ in range(m):\n    u, v = map(int, input().split())\n    adj[u].append(v)\n    ‸",
        Some("adj[v].append(u)"),
    ),
    (
        "python",
        "import sys\ninput = sys.stdin.readline\n\nadj = [[] for _ in range(n‸",
        None,
    ),
    ("python", "pre = [0] * (n + ‸", Some("1)")),
    ("python", "pairs.sort(key=lambda x: x[‸", None),
    (
        "python",
        "import heapq\ndist = [float('inf')] * n\ndist[s] = 0\npq = [(0, s)]\nwhile pq:\n    d, u = heapq.hea‸",
        Some("ppop(pq)"),
    ),
    (
        "python",
        "import heapq\nwhile pq:\n    d, u = heapq.heappop(pq)\n    if d > dist[u]:\n        cont‸",
        Some("inue"),
    ),
    (
        "python",
        "import heapq\nwhile pq:\n    d, u = heapq.heappop(pq)\n    for v, w in adj[u]:\n        if dist[u] + w < dist[v]:\n            dist[v] = dist[u] + w\n            heapq.heappush(pq, (dist[v], ‸))",
        Some("v"),
    ),
    (
        "python",
        "import heapq\nwhile pq:\n    d, u = heapq.heappop(pq)\n    for v, w in adj[u]:\n        if dist[u] + w < dist[v]:\n            dist[v] = dist[u] + ‸",
        Some("w"),
    ),
    ("python", "INF = float(\"in‸", Some("f\")")),
    (
        "python",
        "def find(x):\n    while parent[x] != x:\n        parent[x] = parent[parent[x]]\n        x = ‸",
        Some("parent[x]"),
    ),
    (
        "python",
        "def find(x):\n    if parent[x] != x:\n        parent[x] = find(‸",
        Some("parent[x])"),
    ),
    (
        "python",
        "def find(x):\n    if parent[x] != x:\n        parent[x] = find(parent[x])\n    return ‸",
        Some("parent[x]"),
    ),
    (
        "python",
        "def union(a, b):\n    ra, rb = find(a), fi‸",
        Some("nd(b)"),
    ),
    (
        "python",
        "for mask in range(1 << n):\n    for i in range(n):\n        if mask >> i & ‸",
        Some("1:"),
    ),
    (
        "python",
        "for mask in range(1 << n):\n    cnt = bin(mask).cou‸",
        Some("nt(\"1\")"),
    ),
    (
        "python",
        "lo, hi = 0, 10**18\nwhile lo < hi:\n    mid = (lo + hi) // ‸",
        Some("2"),
    ),
    (
        "python",
        "lo, hi = 0, 10**18\nwhile lo < hi:\n    mid = (lo + hi) // 2\n    if check(mid):\n        hi = mid\n    else:\n        lo = ‸",
        Some("mid + 1"),
    ),
    (
        "python",
        "dx = [1, -1, 0, 0]\ndy = [‸]",
        Some("0, 0, 1, -1"),
    ),
    (
        "python",
        "dx = [1, -1, 0, 0]\ndy = [0, 0, 1, -1]\nwhile q:\n    x, y = q.popleft()\n    for d in range(4):\n        nx, ny = x + dx[d], y + ‸",
        Some("dy[d]"),
    ),
    ("python", "from collections import deq‸", Some("ue")),
    (
        "python",
        "l = 0\nfor r in range(n):\n    s += a[r]\n    while s > k:\n        s -= a[l]\n        l += ‸",
        Some("1"),
    ),
    (
        "python",
        "l = 0\nfor r in range(n):\n    s += a[r]\n    while s > k:\n        s -= a[l]\n        l += 1\n    best = max(best, r - l + ‸",
        Some("1)"),
    ),
    (
        "python",
        "MOD = 10**9 + 7\nans = 0\nfor x in a:\n    ans += x\nprint(ans % ‸",
        Some("MOD)"),
    ),
    ("python", "from functools import lru_ca‸", Some("che")),
    ("python", "import sys\nsys.setrecursionlimit(10**‸", None),
    ("python", "print(\"YES\" if ok else \"‸\")", Some("NO")),
    ("python", "from math import gc‸", Some("d")),
    (
        "python",
        "MOD = 10**9 + 7\nprint(pow(a, b, ‸",
        Some("MOD))"),
    ),
    (
        "python",
        "for i in range(n):\n    for j in range(m):\n        if grid[i][‸]",
        Some("j"),
    ),
    (
        "python",
        "from collections import defaultdict\nadj = defaultdict(li‸",
        Some("st)"),
    ),
    (
        "python",
        "import sys\ninput = sys.stdin.readline\n\nn, k = map(int, input().split())\na = sorted(map(int, input().split(‸)))",
        None,
    ),
    (
        "python",
        "for i in range(n):\n    a[i] = int(a[i])\nprint(max(‸",
        None,
    ),
    ("cpp", "int x, y;\ncin >> x >> ‸", Some("y;")),
    ("cpp", "long long a, b, c;\ncin >> ‸", Some("a >> b >> c;")),
    (
        "cpp",
        "int main() {\n    int q;\n    cin >> q;\n    while (q‸",
        Some("--) {"),
    ),
    (
        "java",
        "int T = sc.nextInt();\nwhile (T‸",
        Some("-- > 0) {"),
    ),
    ("python", "q = int(input())\nfor _ in range(‸", Some("q):")),
    (
        "cpp",
        "for (int i = 0; i < m; i++) {\n    int a, b;\n    cin >> a >> b;\n    g[a].push_back(b);\n    ‸",
        Some("g[b].push_back(a);"),
    ),
    (
        "cpp",
        "for (int i = 0; i < m; i++) {\n    int a, b, w;\n    cin >> a >> b >> w;\n    g[a].push_back({b, w});\n    g‸",
        Some("[b].push_back({a, w});"),
    ),
    (
        "python",
        "for _ in range(m):\n    x, y = map(int, input().split())\n    graph[x].append(y)\n    ‸",
        Some("graph[y].append(x)"),
    ),
    (
        "python",
        "for _ in range(m):\n    x, y = map(int, input().split())\n    x -= 1\n    ‸",
        Some("y -= 1"),
    ),
    (
        "cpp",
        "const int mod = 998244353;\nint main() {\n    res = res * 2 % ‸",
        Some("mod;"),
    ),
    (
        "python",
        "MOD = 998244353\nprint(pow(2, n, ‸",
        Some("MOD))"),
    ),
    ("python", "M = 10**9 + 7\nx = x * y % ‸", Some("M")),
    ("cpp", "int mod = 1e9 + ‸", Some("7;")),
    (
        "cpp",
        "int main() {\n    reverse(s.begin(), s.‸",
        Some("end());"),
    ),
    (
        "cpp",
        "int main() {\n    int mx = *max_element(arr.be‸",
        Some("gin(), arr.end());"),
    ),
    (
        "cpp",
        "int main() {\n    auto it = lower_bound(v.begin(), v.‸",
        Some("end()"),
    ),
    (
        "cpp",
        "int main() {\n    priority_queue<int, vector<int>, gr‸",
        Some("eater<int>>"),
    ),
    (
        "cpp",
        "int main() {\n    int u = q.front();\n    q.p‸",
        Some("op();"),
    ),
    (
        "cpp",
        "void dfs() {\n    if (cand < best) best = ‸",
        Some("cand;"),
    ),
    (
        "python",
        "for v in adj[u]:\n    if dist[u] + 1 < dist[v]:\n        dist[v] = ‸",
        Some("dist[u] + 1"),
    ),
    (
        "cpp",
        "for (auto [v, w] : g[u]) {\n    if (d[u] + w < d[v]) {\n        d[v] = d[u] + w;\n        pq.push({d[v], ‸",
        Some("v});"),
    ),
    (
        "python",
        "def root(v):\n    if p[v] != v:\n        p[v] = ‸",
        Some("root(p[v])"),
    ),
    (
        "cpp",
        "int get(int v) {\n    return v == par[v] ? v : par[v] = ‸",
        Some("get(par[v]);"),
    ),
    ("cpp", "for (int i = 1; i <= n; i++) fa[i] = ‸", Some("i;")),
    (
        "cpp",
        "long long memo[100];\nlong long f(int n) {\n    if (memo[n] != -1) return ‸",
        Some("memo[n];"),
    ),
    (
        "cpp",
        "for (int s = 0; s < (1 << k); s++) {\n    int bits = __builtin_pop‸",
        Some("count(s);"),
    ),
    (
        "python",
        "for s in range(1 << k):\n    for j in range(k):\n        if s >> j & ‸",
        Some("1:"),
    ),
    ("cpp", "total -= w[lo];\nlo‸", Some("++;")),
    ("cpp", "int best = max(best, hi - lo + ‸", Some("1);")),
    (
        "python",
        "dr = [0, 0, 1, -1]\ndc = [‸",
        Some("1, -1, 0, 0]"),
    ),
    ("cpp", "int nr = r + dr[k];\nint nc = c + ‸", Some("dc[k];")),
    (
        "java",
        "Arrays.sort(people, (p, q) -> p.age - ‸",
        Some("q.age);"),
    ),
    (
        "java",
        "BufferedReader in = new BufferedReader(new InputStreamReader(System.in));\nStringTokenizer tok = new StringTokenizer(in.‸",
        Some("readLine());"),
    ),
    (
        "java",
        "BufferedReader in = new BufferedReader(new InputStreamReader(System.in));\nStringTokenizer tok = new StringTokenizer(‸",
        Some("in.readLine());"),
    ),
    (
        "java",
        "PrintWriter pw = new PrintWriter(System.out);\npw.cl‸",
        Some("ose();"),
    ),
    (
        "python",
        "import sys\ninput = sys.stdin.readline\nn, k = map(int, ‸",
        Some("input().split())"),
    ),
    (
        "python",
        "while heap:\n    cost, node = heapq.heappo‸",
        Some("p(heap)"),
    ),
    ("cpp", "cout << (found ? \"Yes\" : \"‸", Some("No\");")),
    ("python", "print(\"NO\" if bad else \"‸", Some("YES\")")),
    ("python", "x = float(\"na‸", Some("n\")")),
    ("cpp", "cout << x << '\\‸", Some("n';")),
    ("cpp", "#define se sec‸", Some("ond")),
    ("python", "mask >>= ‸", Some("1")),
    ("cpp", "int main() {\n    while (!st.em‸", Some("pty()) {")),
    ("cpp", "for (auto &v : vals) cin >> ‸", Some("v;")),
    (
        "cpp",
        "void unite(int x, int y) {\n    x = find(x);\n    ‸",
        Some("y = find(y);"),
    ),
    (
        "java",
        "static void union(int x, int y) {\n    parent[find(x)] = find(‸)",
        Some("y"),
    ),
    (
        "cpp",
        "bool cmp(const node &a, const node &b) {\n    return a.w < ‸",
        Some("b.w;"),
    ),
    (
        "cpp",
        "int main() {\n    int n;\n    cin >> n;\n    while (n‸",
        None,
    ),
    ("python", "n = int(input())\nfor _ in range(‸", None),
    (
        "cpp",
        "for (int i = 0; i < m; i++) {\n    int a, b;\n    cin >> a >> b;\n    indeg[b]++;\n    ‸",
        None,
    ),
    (
        "cpp",
        "const int MOD = 1e9 + 7;\nint main() {\n    if (i % ‸",
        None,
    ),
    ("python", "limit = 10**9 + ‸", None),
    ("cpp", "int main() {\n    sort(v.rbe‸", None),
    ("cpp", "for (int i = 1; i <= n; i++) cnt[i] = ‸", None),
    ("cpp", "int x = a - b + ‸", None),
    ("python", "dx = [-1, 0, 1, 0]\ndy = [‸", None),
    ("java", "PrintWriter pw = new PrintWriter(‸", None),
    ("cpp", "char c = '\\‸", None),
    ("python", "def union(x, y):\n    px, py = find(x), ‸", None),
    ("python", "def f(a, b):\n    return a % ‸", None),
    // Seventeenth round (r17g): interview problems as a candidate types them in Rust, Java, C and C++ (two-sum, a stack's brackets, a reversed list, Kadane, merged intervals, anagrams, a sliding window, a heap's top k, an LRU cache, BFS and DFS, DP arrays, binary search, counting, palindromes), written blind. New: a container's argument-less method typed out whole is called and the line closed (`while (!queue.isEmpty` -> `()) {`, `int node = queue.poll` -> `();`, `sort(v.begin(), v.end` -> `());`); the line's ending after a number, a literal or a closed bracket (`sizeof(nums[0` -> `]);`); a Rust assignment ends with `;` (`dp[i] = dp[i - 1] + dp[i - 2` -> `];`); a C++ variable built by its constructor is no function header (`vector<int> dp(n + 1, 0` -> `);`, not `) {`); an element alone is no statement (`counts[s[i] - 'a'` -> `]`, not `];`); a count's typed default (`freq.getOrDefault(ch, 0` -> `) + 1);`). Then look-alikes, auto-closed brackets, and cases left alone (`list.size`, Python's `pop`).
    (
        "rust",
        "fn is_valid(s: &str) -> bool {\n    let mut stack = Vec::new();\n    for c in s.chars() {\n        match c {\n            '(' => stack.push(')'),\n            '[' => stack.push(']'),\n            _ => if stack.pop() != Some(c) { return false; },\n        }\n    }\n    stack.is_empty‸",
        Some("()"),
    ),
    (
        "rust",
        "fn longest_unique(s: &str) -> usize {\n    let mut last = std::collections::HashMap::new();\n    let mut start = 0;\n    let mut best = 0;\n    for (i, c) in s.chars().enumerate() {\n        if let Some(&j) = last.get(&c) {\n            if j >= start {\n                start = j + 1;\n            }\n        }\n        last.insert(c, i);\n        best = best.max(i - start + 1‸",
        Some(");"),
    ),
    (
        "rust",
        "use std::collections::{HashSet, VecDeque};\nfn bfs(adj: &Vec<Vec<usize>>, start: usize) -> Vec<usize> {\n    let mut visited = HashSet::new();\n    let mut queue = VecDeque::new();\n    let mut order = Vec::new();\n    queue.push_back(start);\n    visited.insert(start);\n    while let Some(node) = queue.pop_front‸",
        Some("() {"),
    ),
    (
        "rust",
        "fn climb_stairs(n: usize) -> u64 {\n    let mut dp = vec![0u64; n + 1];\n    dp[0] = 1;\n    dp[1] = 1;\n    for i in 2..=n {\n        dp[i] = dp[i - 1] + dp[i - 2‸",
        Some("];"),
    ),
    (
        "rust",
        "fn coin_change(coins: &[usize], amount: usize) -> i32 {\n    let mut dp = vec![usize::MAX; amount + 1];\n    dp[0] = 0;\n    for a in 1..=amount {\n        for &c in coins {\n            if c <= a && dp[a - c] != usize::MAX {\n                dp[a] = dp[a].min(dp[a - c] + 1‸",
        Some(");"),
    ),
    (
        "rust",
        "fn lower_bound(nums: &[i32], target: i32) -> usize {\n    let (mut lo, mut hi) = (0, nums.len());\n    while lo < hi {\n        let mid = lo + (hi - lo) / 2;\n        if nums[mid] < target {\n            lo = mid + 1;\n        } else {\n            hi = ‸",
        Some("mid;"),
    ),
    (
        "rust",
        "use std::collections::HashMap;\nfn count_words(text: &str) -> HashMap<&str, usize> {\n    let mut counts = HashMap::new();\n    for word in text.split_whitespace() {\n        *counts.entry(word).or_insert(‸",
        Some("0) += 1;"),
    ),
    (
        "rust",
        "fn reverse(s: &str) -> String {\n    s.chars().rev().collect‸",
        Some("()"),
    ),
    (
        "rust",
        "fn main() {\n    let nums = vec![2, 7, 11, 15];\n    println!(\"{:?}\", two_sum(&nums, 9‸",
        Some("));"),
    ),
    (
        "rust",
        "fn main() {\n    let s = String::from(\"()[]{}\");\n    ‸",
        None,
    ),
    (
        "java",
        "import java.util.*;\n\nclass Solution {\n    public int[] twoSum(int[] nums, int target) {\n        Map<Integer, Integer> seen = new HashMap<‸",
        Some(">();"),
    ),
    (
        "java",
        "    public boolean isValid(String s) {\n        Deque<Character> stack = new ArrayDeque<‸",
        Some(">();"),
    ),
    (
        "java",
        "    public boolean isValid(String s) {\n        Deque<Character> stack = new ArrayDeque<>();\n        for (char c : s.toCharArray()) {\n            if (c == '(') stack.push(')');\n            else if (c == '[') stack.push(']');\n            else if (stack.isEmpty() || stack.pop() != c) return false;\n        }\n        return stack.isEmpty‸",
        Some("();"),
    ),
    (
        "java",
        "    public ListNode reverseList(ListNode head) {\n        ListNode prev = null;\n        ListNode curr = head;\n        while (curr != null) {\n            ListNode next = curr.next;\n            curr.next = prev;\n            prev = curr;\n            curr = ‸",
        Some("next;"),
    ),
    (
        "java",
        "    public int[][] merge(int[][] intervals) {\n        Arrays.sort(intervals, (a, b) -> a[0] - b[0‸",
        Some("]);"),
    ),
    (
        "java",
        "        return new ArrayList<>(groups.values‸",
        Some("());"),
    ),
    (
        "java",
        "    public int[] topK(int[] nums, int k) {\n        PriorityQueue<Integer> heap = new PriorityQueue<‸",
        Some(">();"),
    ),
    (
        "java",
        "        for (int n : nums) {\n            heap.offer(n);\n            if (heap.size() > k) {\n                heap.poll‸",
        Some("();"),
    ),
    (
        "java",
        "class LRUCache extends LinkedHashMap<Integer, Integer> {\n    private final int capacity;\n\n    LRUCache(int capacity) {\n        super(capacity, 0.75f, true‸",
        Some(");"),
    ),
    (
        "java",
        "        Queue<Integer> queue = new LinkedList<>();\n        Set<Integer> visited = new HashSet<>();\n        queue.add(start);\n        visited.add(start);\n        while (!queue.isEmpty‸",
        Some("()) {"),
    ),
    (
        "java",
        "        while (!queue.isEmpty()) {\n            int node = queue.poll‸",
        Some("();"),
    ),
    (
        "java",
        "    public int climbStairs(int n) {\n        int[] dp = new int[n + 1‸",
        Some("];"),
    ),
    (
        "java",
        "    public int coinChange(int[] coins, int amount) {\n        int[] dp = new int[amount + 1];\n        Arrays.fill(dp, amount + 1‸",
        Some(");"),
    ),
    (
        "java",
        "        Map<Character, Integer> counts = new HashMap<>();\n        for (char c : s.toCharArray()) {\n            counts.put(c, counts.getOrDefault(c, 0‸",
        Some(") + 1);"),
    ),
    (
        "java",
        "    static String reverse(String s) {\n        String reversed = new StringBuilder(s).reverse().toString‸",
        Some("();"),
    ),
    (
        "java",
        "        int lo = 0, hi = nums.length - 1;\n        while (lo <= hi) {\n            int mid = lo + (hi - lo) / ‸",
        Some("2;"),
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main(void) {\n    int nums[] = {2, 7, 11, 15};\n    int n = sizeof(nums) / sizeof(nums[0‸",
        Some("]);"),
    ),
    (
        "c",
        "struct Node {\n    int val;\n    struct Node *next;\n};\n\nstruct Node *reverse(struct Node *head) {\n    struct Node *prev = NULL;\n    while (head != NULL) {\n        struct Node *next = head->next;\n        head->next = prev;\n        prev = head;\n        head = ‸",
        Some("next;"),
    ),
    (
        "c",
        "int cmp(const void *a, const void *b) {\n    const int *x = a;\n    const int *y = b;\n    return x[0] - y[0‸",
        Some("];"),
    ),
    (
        "c",
        "void swap(int *a, int *b) {\n    int t = *a;\n    *a = *b;\n    *b = ‸",
        Some("t;"),
    ),
    (
        "c",
        "    while (head < tail) {\n        int node = queue[head++‸",
        Some("];"),
    ),
    (
        "c",
        "int climb_stairs(int n) {\n    int dp[n + 1];\n    dp[0] = 1;\n    dp[1] = 1;\n    for (int i = 2; i <= n; i++) {\n        dp[i] = dp[i - 1] + dp[i - 2‸",
        Some("];"),
    ),
    (
        "c",
        "int binary_search(int *a, int n, int target) {\n    int lo = 0, hi = n - 1;\n    while (lo <= hi) {\n        int mid = lo + (hi - lo) / 2;\n        if (a[mid] == target) return mid;\n        else if (a[mid] < target) lo = mid + 1;\n        else hi = ‸",
        Some("mid - 1;"),
    ),
    (
        "c",
        "void reverse(char *s) {\n    int i = 0, j = strlen(s) - 1;\n    while (i < j) {\n        char t = s[i];\n        s[i] = s[j];\n        s[j] = ‸",
        Some("t;"),
    ),
    (
        "c",
        "typedef struct {\n    int key;\n    int value;\n‸",
        None,
    ),
    (
        "cpp",
        "        auto it = seen.find(target - nums[i]);\n        if (it != seen.end‸",
        Some("()) {"),
    ),
    (
        "cpp",
        "            st.pop();\n        }\n    }\n    return st.empty‸",
        Some("();"),
    ),
    (
        "cpp",
        "ListNode* reverseList(ListNode* head) {\n    ListNode* prev = nullptr;\n    while (head) {\n        ListNode* next = head->next;\n        head->next = prev;\n        prev = head;\n        head = ‸",
        Some("next;"),
    ),
    (
        "cpp",
        "vector<vector<int>> merge(vector<vector<int>>& intervals) {\n    sort(intervals.begin(), intervals.end‸",
        Some("());"),
    ),
    (
        "cpp",
        "        } else {\n            merged.back()[1] = max(merged.back()[1], iv[1‸",
        Some("]);"),
    ),
    (
        "cpp",
        "    unordered_map<string, vector<string>> groups;\n    for (const string& s : strs) {\n        string key = s;\n        sort(key.begin(), key.end‸",
        Some("());"),
    ),
    (
        "cpp",
        "    for (int x : nums) {\n        pq.push(x);\n        if ((int)pq.size() > k) pq.pop‸",
        Some("();"),
    ),
    (
        "cpp",
        "vector<int> bfs(vector<vector<int>>& adj, int start) {\n    int n = adj.size();\n    queue<int> q;\n    vector<bool> visited(n, false‸",
        Some(");"),
    ),
    (
        "cpp",
        "    q.push(start);\n    visited[start] = true;\n    while (!q.empty‸",
        Some("()) {"),
    ),
    (
        "cpp",
        "    while (!q.empty()) {\n        int node = q.front‸",
        Some("();"),
    ),
    (
        "cpp",
        "int climbStairs(int n) {\n    vector<int> dp(n + 1, 0‸",
        Some(");"),
    ),
    (
        "cpp",
        "    vector<int> dp(amount + 1, INT_MAX);\n    dp[0] = 0;\n    for (int a = 1; a <= amount; a++) {\n        for (int c : coins) {\n            if (c <= a && dp[a - c] != INT_MAX) dp[a] = min(dp[a], dp[a - c] + 1‸",
        Some(");"),
    ),
    (
        "cpp",
        "string reversed(const string& s) {\n    string r(s.rbegin(), s.rend‸",
        Some("());"),
    ),
    (
        "cpp",
        "bool isPalindrome(const string& s) {\n    return equal(s.begin(), s.end(), s.rbegin‸",
        Some("());"),
    ),
    (
        "java",
        "class Main {\n    void run(Deque<Integer> stack) {\n        while (!stack.isEmpty‸)",
        Some("()"),
    ),
    (
        "java",
        "class Main {\n    void run(List<String> list) {\n        if (list.isEmpty‸",
        Some("()) {"),
    ),
    (
        "java",
        "class Main {\n    String join(StringBuilder sb) {\n        String text = sb.toString‸",
        Some("();"),
    ),
    (
        "cpp",
        "int peek(stack<int>& st) {\n    int top = st.top‸",
        Some("();"),
    ),
    (
        "cpp",
        "void show(vector<int>& v) {\n    reverse(v.begin(), v.end‸)",
        Some("()"),
    ),
    (
        "java",
        "class Main {\n    int last(List<String> list) {\n        int n = list.size‸",
        Some("()"),
    ),
    ("python", "def drain(stack):\n    x = stack.pop‸", None),
    (
        "rust",
        "fn drain(stack: &mut Vec<i32>) {\n    while let Some(x) = stack.pop‸",
        Some("() {"),
    ),
    (
        "java",
        "class Main {\n    int[] memo(int size) {\n        int[] memo = new int[size + 1‸",
        Some("];"),
    ),
    ("c", "int main(void) {\n    char buf[256‸", Some("];")),
    (
        "c",
        "void count(const char *s, int *freq) {\n    for (int i = 0; s[i]; i++) {\n        freq[s[i] - 'a'‸",
        Some("]"),
    ),
    (
        "cpp",
        "int main() {\n    std::vector<std::string> names(10‸",
        Some(");"),
    ),
    (
        "cpp",
        "int main() {\n    std::string line(80, '-'‸",
        Some(");"),
    ),
    ("cpp", "int add(int a, int b‸", None),
    ("cpp", "int scale(int n = 0‸", Some(") {")),
    (
        "java",
        "class Main {\n    void count(String s) {\n        for (char ch : s.toCharArray()) {\n            freq.put(ch, freq.getOrDefault(ch, 0‸",
        Some(") + 1);"),
    ),
    (
        "java",
        "class Main {\n    void copy(String k) {\n        map.put(k, other.getOrDefault(k, 0‸",
        Some("));"),
    ),
    (
        "java",
        "class Main {\n    Main(int capacity) {\n        super(capacity, false‸",
        Some(");"),
    ),
    ("c", "int main(void) {\n    int x = f(10‸", Some(");")),
    ("rust", "fn main() {\n    let v = compute(3‸", Some(");")),
    (
        "rust",
        "fn main() {\n    let x = 1;\n    grid[r][c] = 0‸",
        None,
    ),
    // Fourteenth round (h): from the round's list of what was left: a recursion's base case, a sleep's delay, a logging callback's parameter, a class built from the parameters its constructor names, a goroutine's result received.
    (
        "python",
        "def factorial(n):\n    if n == 0:\n        return ‸",
        Some("1"),
    ),
    (
        "javascript",
        "function factorial(n) {\n  if (n <= 1) return ‸",
        Some("1"),
    ),
    (
        "java",
        "public static int factorial(int n) {\n    if (n == 0) {\n        return ‸",
        Some("1;"),
    ),
    (
        "python",
        "def fib(n):\n    if n <= 1:\n        return ‸",
        Some("n"),
    ),
    (
        "python",
        "def power(base, exp):\n    if exp == 0:\n        return ‸",
        Some("1"),
    ),
    (
        "python",
        "def sum_to(n):\n    if n == 0:\n        return ‸",
        Some("0"),
    ),
    (
        "python",
        "def check(n):\n    if n == 0:\n        return ‸",
        None,
    ),
    (
        "javascript",
        "const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ‸",
        Some("ms))"),
    ),
    (
        "javascript",
        "fetch(url)\n  .then((res) => res.json())\n  .catch((err) => console.error(‸",
        Some("err))"),
    ),
    (
        "javascript",
        "items.forEach(item => console.log(‸",
        Some("item))"),
    ),
    (
        "python",
        "class Node:\n    def __init__(self, data):\n        self.data = data\n        self.next = None\n\nclass LinkedList:\n    def append(self, data):\n        new_node = Node(‸",
        Some("data)"),
    ),
    (
        "python",
        "class Node:\n    def __init__(self, data):\n        self.data = data\n\ndef f(value):\n    n = Node(‸",
        None,
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tch := make(chan int)\n\tgo func() {\n\t\tch <- 1\n\t}()\n\tv := ‸",
        Some("<-ch"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tx := f()\n\tv := ‸",
        None,
    ),
    // Fifteenth round (lead): a loop body's missing statement (a `while` counter's step, a running total), a constructor's starting values, Rust's recursion as a tail expression, a die's and a secret number's range.
    (
        "python",
        "count = 0\nwhile count < 10:\n    print(count)\n    ‸",
        Some("count += 1"),
    ),
    (
        "python",
        "i = 0\nwhile i < len(items):\n    print(items[i])\n    ‸",
        Some("i += 1"),
    ),
    (
        "python",
        "n = 10\nwhile n > 0:\n    print(n)\n    ‸",
        Some("n -= 1"),
    ),
    (
        "javascript",
        "let count = 0;\nwhile (count < 10) {\n  console.log(count);\n  ‸",
        Some("count++;"),
    ),
    (
        "javascript",
        "let n = 10;\nwhile (n > 0) {\n  console.log(n);\n  ‸",
        Some("n--;"),
    ),
    (
        "java",
        "int i = 0;\nwhile (i < 10) {\n    System.out.println(i);\n    ‸",
        Some("i++;"),
    ),
    (
        "c",
        "int i = 0;\nwhile (i < 10) {\n    printf(\"%d\\n\", i);\n    ‸",
        Some("i++;"),
    ),
    (
        "cpp",
        "int i = 0;\nwhile (i < 10) {\n    std::cout << i << std::endl;\n    ‸",
        Some("i++;"),
    ),
    (
        "rust",
        "let mut i = 0;\nwhile i < 10 {\n    println!(\"{}\", i);\n    ‸",
        Some("i += 1;"),
    ),
    (
        "go",
        "count := 0\nfor count < 10 {\n\tfmt.Println(count)\n\t‸",
        Some("count++"),
    ),
    (
        "typescript",
        "let i: number = 0;\nwhile (i < 5) {\n  console.log(i);\n  ‸",
        Some("i++;"),
    ),
    ("python", "i = 0\nwhile i < 10:\n    i += 1\n    ‸", None),
    (
        "python",
        "i = 0\nwhile i < 10:\n    if i % 2 == 0:\n        print(i)\n    ‸",
        None,
    ),
    (
        "python",
        "i = 0\nj = 0\nwhile i < n and j < m:\n    print(i, j)\n    ‸",
        None,
    ),
    (
        "python",
        "while low < high:\n    mid = (low + high) // 2\n    ‸",
        None,
    ),
    ("python", "i = 0\nwhile i < 10:\n    ‸", None),
    (
        "javascript",
        "let i = 0;\nwhile (i < 10) {\n  i++;\n  ‸",
        None,
    ),
    (
        "c",
        "int n = 100;\nwhile (n > 1) {\n    n = n / 2;\n    ‸",
        None,
    ),
    (
        "python",
        "total = 0\nfor n in nums:\n    ‸",
        Some("total += n"),
    ),
    (
        "javascript",
        "function sum(nums) {\n  let total = 0;\n  for (const n of nums) {\n    ‸",
        Some("total += n;"),
    ),
    (
        "java",
        "int sum = 0;\nfor (int n : nums) {\n    ‸",
        Some("sum += n;"),
    ),
    (
        "cpp",
        "int sum = 0;\nfor (int x : v) {\n    ‸",
        Some("sum += x;"),
    ),
    (
        "rust",
        "let mut sum = 0;\nfor n in &nums {\n    ‸",
        Some("sum += n;"),
    ),
    (
        "go",
        "func sum(nums []int) int {\n\ttotal := 0\n\tfor _, n := range nums {\n\t\t‸",
        Some("total += n"),
    ),
    (
        "python",
        "product = 1\nfor n in nums:\n    ‸",
        Some("product *= n"),
    ),
    ("python", "count = 0\nfor n in nums:\n    ‸", None),
    (
        "python",
        "total = 0\nfor n in nums:\n    print(n)\n    ‸",
        None,
    ),
    (
        "c",
        "int sum = 0;\nfor (int i = 0; i < n; i++) {\n    ‸",
        None,
    ),
    (
        "python",
        "class Counter:\n    def __init__(self):\n        self.count = ‸",
        Some("0"),
    ),
    (
        "python",
        "class Stack:\n    def __init__(self):\n        self.items = ‸",
        Some("[]"),
    ),
    (
        "python",
        "class Game:\n    def __init__(self):\n        self.score = 0\n        self.game_over = ‸",
        None,
    ),
    (
        "python",
        "class Light:\n    def __init__(self):\n        self.is_on = ‸",
        Some("False"),
    ),
    (
        "python",
        "class Account:\n    def __init__(self, owner):\n        self.owner = owner\n        self.balance = ‸",
        Some("0"),
    ),
    (
        "python",
        "class Person:\n    def __init__(self, name):\n        self.name = ‸",
        Some("name"),
    ),
    (
        "python",
        "class Person:\n    def __init__(self, name, age):\n        self.name = name\n        self.age = ‸",
        Some("age"),
    ),
    (
        "python",
        "class Person:\n    def __init__(self, name):\n        self._name = ‸",
        Some("name"),
    ),
    (
        "python",
        "class Config:\n    def __init__(self):\n        self.path = ‸",
        None,
    ),
    (
        "python",
        "class Player:\n    def __init__(self, name):\n        self.name = name\n        self.score = ‸",
        Some("0"),
    ),
    (
        "javascript",
        "class Stack {\n  constructor() {\n    this.items = [];\n    this.size = ‸",
        Some("0;"),
    ),
    (
        "javascript",
        "class TodoList {\n  constructor() {\n    this.todos = ‸",
        Some("[]"),
    ),
    (
        "typescript",
        "class Counter {\n  private count: number;\n  constructor() {\n    this.count = ‸",
        Some("0;"),
    ),
    (
        "typescript",
        "class Inbox {\n  private messages: string[];\n  constructor() {\n    this.messages = ‸",
        Some("[];"),
    ),
    (
        "typescript",
        "class User {\n  private name: string;\n  constructor() {\n    this.name = ‸",
        None,
    ),
    (
        "java",
        "public class Counter {\n    private int count;\n\n    public Counter() {\n        this.count = ‸",
        Some("0;"),
    ),
    (
        "java",
        "public class Account {\n    private double balance;\n\n    public Account() {\n        this.balance = ‸",
        Some("0.0;"),
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Library {\n    private List<Book> books;\n\n    public Library() {\n        this.books = ‸",
        Some("new ArrayList<>();"),
    ),
    (
        "java",
        "public class Lamp {\n    private boolean on;\n\n    public Lamp() {\n        this.on = ‸",
        Some("false;"),
    ),
    (
        "java",
        "public class Point {\n    private Point origin;\n\n    public Point() {\n        this.origin = ‸",
        None,
    ),
    (
        "javascript",
        "class Timer {\n  start() {\n    this.count = ‸",
        None,
    ),
    (
        "rust",
        "fn factorial(n: u64) -> u64 {\n    if n == 0 {\n        1\n    } else {\n        ‸",
        Some("n * factorial(n - 1)"),
    ),
    (
        "rust",
        "fn factorial(n: u64) -> u64 {\n    if n == 0 {\n        return 1;\n    }\n    ‸",
        Some("n * factorial(n - 1)"),
    ),
    (
        "rust",
        "fn fib(n: u64) -> u64 {\n    if n < 2 {\n        return n;\n    }\n    ‸",
        Some("fib(n - 1) + fib(n - 2)"),
    ),
    (
        "rust",
        "fn fib(n: u32) -> u32 {\n    match n {\n        0 => 0,\n        1 => 1,\n        _ => ‸",
        Some("fib(n - 1) + fib(n - 2),"),
    ),
    (
        "rust",
        "fn fib(n: u32) -> u32 {\n    match n {\n        0 => 0,\n        1 => 1,\n        _ =>‸",
        Some(" fib(n - 1) + fib(n - 2),"),
    ),
    ("rust", "fn factorial(n: u64) -> u64 {\n    ‸", None),
    (
        "rust",
        "fn fib(n: u64) -> u64 {\n    let mut a = 0;\n    let mut b = 1;\n    ‸",
        None,
    ),
    (
        "rust",
        "fn area(r: f64) -> f64 {\n    if r < 0.0 {\n        return 0.0;\n    }\n    ‸",
        None,
    ),
    (
        "python",
        "import random\n\nroll = random.randint(‸",
        Some("1, 6)"),
    ),
    (
        "python",
        "import random\n\nsecret_number = random.randint(‸",
        Some("1, 100)"),
    ),
    (
        "python",
        "import random\n\nsecret = random.randint(‸)",
        Some("1, 100"),
    ),
    ("python", "import random\n\nx = random.randint(‸", None),
    ("python", "import random\n\nindex = random.randint(‸", None),
    // A parent the code defines is passed what its own `__init__` takes; an unknown one's arguments are a guess.
    (
        "python",
        "class Animal:\n    def __init__(self, name):\n        self.name = name\n\nclass Dog(Animal):\n    def __init__(self, name, breed):\n        super().__init__(‸",
        Some("name)"),
    ),
    (
        "python",
        "class Shape:\n    def __init__(self, color):\n        self.color = color\n\nclass Circle(Shape):\n    def __init__(self, color, radius):\n        super().__init__(‸)",
        Some("color"),
    ),
    (
        "python",
        "class Dog(Animal):\n    def __init__(self, name, breed):\n        super().__init__(‸",
        None,
    ),
    // Fifteenth round (lead, more): the return type a header's name and typed parameters say, and the next field of a literal of a type the file declares.
    (
        "typescript",
        "function add(a: number, b: number)‸",
        Some(": number {"),
    ),
    (
        "typescript",
        "function multiply(x: number, y: number): ‸",
        Some("number {"),
    ),
    (
        "typescript",
        "export function isEmpty(items: string[]): ‸",
        Some("boolean {"),
    ),
    (
        "typescript",
        "function concat(a: string, b: string): ‸",
        None,
    ),
    ("typescript", "function add(a: number, b: string): ‸", None),
    ("python", "def add(a: int, b: int)‸", Some(" -> int:")),
    ("python", "def add(a: int, b: int) ‸", Some("-> int:")),
    (
        "python",
        "def multiply(x: float, y: float) -> ‸",
        Some("float:"),
    ),
    ("python", "def is_even(n: int) -> ‸", Some("bool:")),
    ("python", "def add(a: int, b: float) -> ‸", None),
    ("python", "def add(a, b) -> ‸", None),
    ("python", "def greet(name: str) -> ‸", None),
    ("go", "func add(a int, b int) ‸", Some("int {")),
    ("go", "func add(a, b int)‸", Some(" int {")),
    ("go", "func isPrime(n int) ‸", Some("bool {")),
    ("go", "func divide(a, b float64) ‸", None),
    ("go", "func (s *Stack) Push(x int) ‸", None),
    ("rust", "fn add(a: i32, b: i32) ‸", Some("-> i32 {")),
    ("rust", "pub fn is_even(n: u32) -> ‸", Some("bool {")),
    ("rust", "fn sum(a: f64, b: f64) -> ‸", Some("f64 {")),
    ("rust", "fn add(a: i32, b: i64) -> ‸", None),
    ("rust", "fn add(&self, other: i32) -> ‸", None),
    ("rust", "fn largest<T: PartialOrd>(a: T, b: T) -> ‸", None),
    (
        "typescript",
        "interface User {\n  id: number;\n  name: string;\n  email: string;\n}\n\nconst user: User = {\n  id: 1,\n  ‸",
        Some("name: "),
    ),
    (
        "typescript",
        "interface User {\n  id: number;\n  name: string;\n}\n\nconst user: User = { id: 1, ‸",
        Some("name: "),
    ),
    (
        "typescript",
        "type Point = {\n  x: number;\n  y: number;\n};\n\nconst p: Point = { x: 1, ‸",
        Some("y: "),
    ),
    (
        "typescript",
        "interface User {\n  id: number;\n  name: string;\n}\n\nconst user: User = {‸",
        None,
    ),
    (
        "typescript",
        "interface User {\n  id: number;\n  name: string;\n}\n\nconst user: User = { id: 1, name: \"Ann\", ‸",
        None,
    ),
    (
        "go",
        "type User struct {\n\tName string\n\tAge  int\n}\n\nfunc main() {\n\tuser := User{Name: \"Ann\", ‸",
        Some("Age: "),
    ),
    (
        "go",
        "type User struct {\n\tName string\n\tAge  int\n}\n\nfunc main() {\n\tuser := User{\n\t\tName: \"Ann\",\n\t\t‸",
        Some("Age: "),
    ),
    (
        "go",
        "type Point struct {\n\tX, Y int\n}\n\nfunc main() {\n\tp := Point{‸",
        Some("X: "),
    ),
    (
        "go",
        "type Point struct {\n\tX, Y int\n}\n\nfunc main() {\n\tp := &Point{X: 1, ‸",
        Some("Y: "),
    ),
    (
        "go",
        "type Point struct {\n\tX, Y int\n}\n\nfunc main() {\n\tp := Other{X: 1, ‸",
        None,
    ),
    (
        "rust",
        "struct User {\n    name: String,\n    age: u32,\n}\n\nfn main() {\n    let user = User { name: String::from(\"Ann\"), ‸",
        Some("age: "),
    ),
    (
        "rust",
        "struct User {\n    name: String,\n    age: u32,\n}\n\nfn main() {\n    let user = User {\n        name: String::from(\"Ann\"),\n        ‸",
        Some("age: "),
    ),
    (
        "rust",
        "struct User {\n    name: String,\n    age: u32,\n}\n\nimpl User {\n    ‸",
        None,
    ),
    (
        "rust",
        "struct User {\n    name: String,\n    age: u32,\n}\n\nfn main() {\n    let user = User { name, ‸",
        None,
    ),
    (
        "rust",
        "struct User {\n    name: String,\n    age: u32,\n}\n\nfn main() {\n    let user = User { name: n, age: 3, ‸",
        None,
    ),
    (
        "rust",
        "struct User {\n    name: String,\n    age: u32,\n}\n\nfn check(u: &User) -> bool {\n    if u == User { ‸",
        None,
    ),
    // A counting loop's bound after `i < `: the one collection in scope; Java's `for (String ` -> the one collection of strings.
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        int[] nums = {1, 2, 3};\n        for (int i = 0; i < ‸",
        Some("nums.length; i++) {"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        List<String> names = new ArrayList<>();\n        for (int i = 0; i < ‸",
        Some("names.size(); i++) {"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        String[] names = {\"a\", \"b\"};\n        for (String ‸",
        Some("name : names) {"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        List<String> names = new ArrayList<>();\n        for (String ‸",
        Some("name : names) {"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        int[] nums = {1, 2, 3};\n        for (int ‸",
        None,
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        List<String> names = new ArrayList<>();\n        for (Integer ‸",
        None,
    ),
    (
        "javascript",
        "const nums = [1, 2, 3];\nfor (let i = 0; i < ‸",
        Some("nums.length; i++) {"),
    ),
    (
        "cpp",
        "#include <vector>\nint main() {\n    std::vector<int> v = {1, 2, 3};\n    for (int i = 0; i < ‸",
        Some("v.size(); i++) {"),
    ),
    (
        "go",
        "func main() {\n\tnums := []int{1, 2, 3}\n\tfor i := 0; i < ‸",
        Some("len(nums); i++ {"),
    ),
    (
        "c",
        "int main() {\n    int nums[] = {1, 2, 3};\n    for (int i = 0; i < ‸",
        None,
    ),
    ("javascript", "for (let i = 0; i < ‸", None),
    // A lambda or a typed arrow named for its operation; a first pointer at the variable of its type just declared.
    ("python", "square = lambda x: ‸", Some("x * x")),
    ("python", "add = lambda a, b: ‸", Some("a + b")),
    ("python", "f = lambda a, b: ‸", None),
    (
        "typescript",
        "const add = (a: number, b: number): number => ‸",
        Some("a + b"),
    ),
    (
        "typescript",
        "const add = (a: number, b: number): number => ‸;",
        Some("a + b"),
    ),
    (
        "c",
        "int main(void) {\n    int x = 5;\n    int *p = ‸",
        Some("&x;"),
    ),
    (
        "cpp",
        "int main() {\n    double price = 9.5;\n    double *ptr = ‸",
        Some("&price;"),
    ),
    (
        "c",
        "int main(void) {\n    int n = 5;\n    int *arr = ‸",
        None,
    ),
    ("c", "int main(void) {\n    int *p = ‸", None),
    // A list made empty is taken out of, not filled, in a function named for removing.
    (
        "python",
        "todos = []\n\ndef add_todo(task):\n    todos.append(task)\n\ndef remove_todo(index):\n    todos.‸",
        Some("pop(index)"),
    ),
    (
        "python",
        "todos = []\n\ndef remove_todo(task):\n    todos.‸",
        Some("remove(task)"),
    ),
    (
        "python",
        "todos = []\n\ndef clear_todos():\n    todos.‸",
        Some("clear()"),
    ),
    (
        "javascript",
        "const todos = [];\n\nfunction removeTodo(index) {\n  todos.‸",
        Some("splice(index, 1);"),
    ),
    (
        "python",
        "todos = []\n\ndef remove_todos(a, b):\n    todos.‸",
        None,
    ),
    (
        "python",
        "todos = []\n\ndef add_todo(task):\n    todos.‸",
        Some("append()"),
    ),
    // Sixteenth round (r16a): a new user's first months of Python, JavaScript and TypeScript (lists, strings, files, the DOM, promises, types), written blind, and look-alikes left alone.
    (
        "python",
        "name = input(\"What is your name? \")\nprint(f\"Hello, {name‸",
        Some("}\")"),
    ),
    (
        "python",
        "text = \"the quick brown fox\"\nwords = text.split()\ncount = len(‸",
        Some("words)"),
    ),
    (
        "python",
        "fruits = [\"apple\", \"banana\", \"cherry\"]\nfor i, fruit in enumerate(‸",
        Some("fruits):"),
    ),
    (
        "python",
        "names = [\"Ana\", \"Bo\"]\nscores = [90, 85]\nfor name, score in zip(names, ‸",
        Some("scores):"),
    ),
    (
        "python",
        "numbers = [4, 8, 15]\nfor i in range(len(numbers‸",
        None,
    ),
    (
        "python",
        "numbers = [1, 2, 3, 4]\nsquares = [x * x for x in ‸",
        Some("numbers]"),
    ),
    (
        "python",
        "nums = [1, 2, 3, 4, 5, 6]\nevens = [n for n in nums if n % 2 == ‸",
        Some("0]"),
    ),
    (
        "python",
        "counts = {}\nfor word in words:\n    counts[word] = counts.get(word, ‸",
        Some("0) + 1"),
    ),
    (
        "python",
        "from collections import Counter\n\ncounts = Counter(‸",
        None,
    ),
    (
        "python",
        "people = load_people()\nby_age = sorted(people, key=‸",
        None,
    ),
    (
        "python",
        "ages = [31, 12, 45]\nages.sort(reverse=‸",
        Some("True)"),
    ),
    (
        "python",
        "def greet(name, greeting=\"Hello\"):\n    return f\"{greeting}, {name‸",
        Some("}\""),
    ),
    (
        "python",
        "class Dog:\n    def __init__(self, name, age):\n        self.name = name\n        ‸",
        Some("self.age = age"),
    ),
    (
        "python",
        "class Point:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n\n    def __repr__(self):\n        return f\"Point(‸",
        Some("{self.x}, {self.y})\""),
    ),
    (
        "python",
        "class Book:\n    def __init__(self, title, author):\n        self.title = title\n        self.author = author\n\n    def __str__(self):\n        return ‸",
        None,
    ),
    (
        "python",
        "from dataclasses import dataclass\n\n@dataclass\nclass Book:\n    title: str\n    pages: ‸",
        None,
    ),
    (
        "python",
        "class Student(Person):\n    def __init__(self, name, school):\n        super().‸",
        Some("__init__("),
    ),
    (
        "python",
        "try:\n    age = int(input(\"Age: \"))\nexcept ‸",
        Some("ValueError:"),
    ),
    (
        "python",
        "try:\n    f = open(\"data.txt\")\nexcept ‸",
        Some("FileNotFoundError:"),
    ),
    (
        "python",
        "try:\n    value = int(text)\nexcept ValueError as ‸",
        Some("e:"),
    ),
    (
        "python",
        "def withdraw(self, amount):\n    if amount > self.balance:\n        raise ValueError(‸",
        None,
    ),
    ("python", "with open(\"notes.txt\", \"r\") as ‸", Some("f:")),
    (
        "python",
        "with open(filename) as f:\n    for line in ‸",
        Some("f:"),
    ),
    (
        "python",
        "with open(\"out.txt\", \"w\") as f:\n    f.‸",
        Some("write()"),
    ),
    (
        "python",
        "import json\n\nwith open(\"config.json\") as f:\n    config = json.‸",
        Some("load(f)"),
    ),
    ("python", "import json\n\ndata = json.loads(‸", None),
    (
        "python",
        "with open(\"data.json\", \"w\") as f:\n    json.dump(data, f, indent=‸",
        Some("4)"),
    ),
    ("python", "from pathlib import Path\n\npath = Path(‸", None),
    (
        "python",
        "import os\n\nfilename = \"scores.txt\"\nif os.path.exists(‸",
        Some("filename):"),
    ),
    (
        "python",
        "from datetime import datetime\n\nnow = datetime.‸",
        Some("now()"),
    ),
    (
        "python",
        "from datetime import date\n\ntoday = date.today()\nprint(today.strftime(\"‸",
        None,
    ),
    (
        "python",
        "import random\n\ndice = random.randint(1, ‸",
        Some("6)"),
    ),
    (
        "python",
        "import random\n\ncolors = [\"red\", \"green\", \"blue\"]\npick = random.choice(‸",
        Some("colors)"),
    ),
    (
        "python",
        "import random\n\ncards = list(range(52))\nrandom.shuffle(‸",
        Some("cards)"),
    ),
    (
        "python",
        "import argparse\n\nparser = argparse.‸",
        Some("ArgumentParser()"),
    ),
    (
        "python",
        "parser = argparse.ArgumentParser()\nparser.add_argument(\"--count\", type=‸",
        Some("int"),
    ),
    (
        "python",
        "parser = argparse.ArgumentParser()\nparser.add_argument(\"name\")\nargs = parser.‸",
        Some("parse_args()"),
    ),
    ("python", "import sys\n\nif len(sys.argv) < ‸", Some("2:")),
    ("python", "import sys\n\nfilename = sys.argv[‸", Some("1]")),
    ("python", "if __name__ == ‸", Some("\"__main__\":")),
    (
        "python",
        "def main():\n    print(\"hi\")\n\n\nif __name__ == \"__main__\":\n    ‸",
        Some("main()"),
    ),
    (
        "python",
        "name = input(\"Name: \")\nname = name.strip().‸",
        None,
    ),
    ("python", "url = input()\nif url.startswith(‸", None),
    (
        "python",
        "for line in lines:\n    line = line.‸",
        Some("strip()"),
    ),
    (
        "python",
        "for row in f:\n    parts = row.strip().split(‸",
        None,
    ),
    (
        "python",
        "names = [\"Ana\", \"Bo\", \"Cy\"]\nprint(\", \".join(‸",
        Some("names))"),
    ),
    (
        "python",
        "prices = [2.5, 3.0, 1.25]\ntotal = sum(‸",
        Some("prices)"),
    ),
    (
        "python",
        "scores = [70, 85, 90]\naverage = sum(scores) / len(‸",
        Some("scores)"),
    ),
    (
        "python",
        "total = 12.5\nprint(f\"Total: {total:.‸",
        Some("2f}\")"),
    ),
    ("python", "price = 3.5\nprint(f\"{price:‸", None),
    (
        "python",
        "ages = {\"ana\": 31, \"bo\": 12}\nfor name, age in ages.‸",
        Some("items():"),
    ),
    (
        "python",
        "tags = [\"a\", \"b\", \"a\"]\nunique = set(‸",
        Some("tags)"),
    ),
    (
        "python",
        "groups = {}\nfor word in words:\n    groups.setdefault(word[0], ‸",
        None,
    ),
    (
        "python",
        "from collections import defaultdict\n\ngroups = defaultdict(‸",
        Some("list)"),
    ),
    (
        "python",
        "def largest(numbers):\n    if not numbers:\n        return ‸",
        None,
    ),
    (
        "python",
        "def is_even(n):\n    return n % 2 == ‸",
        Some("0"),
    ),
    (
        "python",
        "while True:\n    answer = input(\"Again? \")\n    if answer == \"n\":\n        ‸",
        Some("break"),
    ),
    ("python", "def area(width, height=‸", None),
    ("python", "numbers.sort(key=‸", None),
    ("python", "print(\"Hello, world‸", Some("\")")),
    ("python", "squares = {x: x ** 2 for x in range(‸", None),
    ("python", "def add(a, b):\n    ‸", Some("return a + b")),
    ("python", "for i in range(‸", None),
    ("python", "import ‸", None),
    (
        "python",
        "class Animal:\n    def __init__(self, name):\n        self.name = name\n\n    def speak(self):\n        ‸",
        None,
    ),
    (
        "python",
        "person = {\"name\": \"Ana\", \"age\": 31}\nprint(person[‸",
        None,
    ),
    (
        "python",
        "words = [\"b\", \"a\"]\nwords.sort()\nprint(‸",
        Some("words)"),
    ),
    (
        "javascript",
        "const numbers = [1, 2, 3];\nconst doubled = numbers.map(n => ‸",
        Some("n * 2);"),
    ),
    (
        "javascript",
        "const evens = nums.filter(n => n % 2 === ‸",
        Some("0)"),
    ),
    (
        "javascript",
        "const total = prices.reduce((sum, price) => sum + price, ‸",
        Some("0);"),
    ),
    (
        "javascript",
        "const total = cart.reduce((acc, item) => ‸",
        None,
    ),
    (
        "javascript",
        "const user = users.find(u => u.id === ‸",
        None,
    ),
    (
        "javascript",
        "const hasAdult = people.some(p => p.age >= ‸",
        Some("18)"),
    ),
    (
        "javascript",
        "const sorted = [...numbers].sort((a, b) => ‸",
        Some("a - b);"),
    ),
    ("javascript", "const { name, age } = ‸", None),
    ("javascript", "const copy = { ...‸", None),
    ("javascript", "const merged = [...first, ...‸", None),
    (
        "javascript",
        "const a = [1, 2];\nconst b = [3, 4];\nconst merged = [...a, ...‸",
        Some("b];"),
    ),
    (
        "javascript",
        "for (let i = 0; i < arr.length; ‸",
        Some("i++) {"),
    ),
    (
        "javascript",
        "const fruits = [\"apple\", \"kiwi\"];\nfor (const fruit of ‸",
        Some("fruits) {"),
    ),
    (
        "javascript",
        "fruits.forEach((fruit, ‸",
        Some("index) => {"),
    ),
    (
        "javascript",
        "const button = document.querySelector(‸",
        Some("'button')"),
    ),
    (
        "javascript",
        "const button = document.querySelector(\"#save\");\nbutton.addEventListener(\"click\", ‸",
        Some("() => {"),
    ),
    ("javascript", "form.addEventListener(\"‸", None),
    ("javascript", "const li = document.createElement(\"‸", None),
    (
        "javascript",
        "const list = document.querySelector(\"ul\");\nconst li = document.createElement(\"li\");\nli.textContent = text;\nlist.appendChild(‸",
        Some("li);"),
    ),
    ("javascript", "card.classList.‸", None),
    ("javascript", "menu.classList.toggle(\"‸", None),
    ("javascript", "heading.textContent = ‸", None),
    (
        "javascript",
        "const todos = [];\nfunction save() {\n  localStorage.setItem(\"todos\", JSON.stringify(‸",
        Some("todos));"),
    ),
    (
        "javascript",
        "const todos = JSON.parse(localStorage.getItem(\"todos\")) || ‸",
        Some("[]"),
    ),
    (
        "javascript",
        "fetch(url)\n  .then(response => response.‸",
        Some("json()"),
    ),
    (
        "javascript",
        "async function load() {\n  const response = await fetch(url);\n  const data = await response.‸",
        Some("json()"),
    ),
    (
        "javascript",
        "async function getUser(id) {\n  const res = await ‸",
        None,
    ),
    (
        "javascript",
        "try {\n  const data = JSON.parse(text);\n} catch (‸",
        Some("error) {"),
    ),
    (
        "javascript",
        "try {\n  const data = JSON.parse(text);\n} catch (error) {\n  console.‸",
        Some("error(error);"),
    ),
    ("javascript", "const fs = require(\"‸", Some("fs\")")),
    (
        "javascript",
        "const fs = require(\"fs\");\nconst path = require(‸",
        Some("\"path\");"),
    ),
    (
        "javascript",
        "const fs = require(\"fs\");\nconst text = fs.readFileSync(\"data.txt\", \"‸",
        Some("utf8\");"),
    ),
    (
        "javascript",
        "const filePath = path.join(__dirname, ‸",
        None,
    ),
    (
        "javascript",
        "const args = process.argv.slice(‸",
        Some("2)"),
    ),
    (
        "javascript",
        "const port = process.env.PORT || ‸",
        Some("3000"),
    ),
    (
        "javascript",
        "const wait = new Promise((resolve, reject) => ‸",
        Some("{"),
    ),
    (
        "javascript",
        "setTimeout(() => {\n  console.log(\"done\");\n}, ‸",
        Some("1000);"),
    ),
    (
        "javascript",
        "class Animal {\n  constructor(name) {\n    this.‸",
        Some("name = name"),
    ),
    (
        "javascript",
        "class Dog extends Animal {\n  constructor(name, breed) {\n    ‸",
        Some("super("),
    ),
    ("javascript", "const keys = Object.keys(‸", None),
    (
        "javascript",
        "const scores = { ana: 3, bo: 5 };\nfor (const [name, score] of Object.entries(‸",
        None,
    ),
    ("javascript", "const answer = prompt(\"‸", None),
    (
        "javascript",
        "const name = \"Ana\";\nconsole.log(`Hello, ${‸",
        Some("name}`);"),
    ),
    (
        "javascript",
        "const isEmpty = items.length === ‸",
        Some("0"),
    ),
    ("javascript", "const words = sentence.split(\"‸", None),
    ("javascript", "const upper = title.toUpperCase‸", None),
    (
        "javascript",
        "products.sort((a, b) => a.price - ‸",
        Some("b.price)"),
    ),
    (
        "javascript",
        "const allPassed = scores.every(s => s >= ‸",
        None,
    ),
    ("javascript", "const index = list.indexOf(‸", None),
    (
        "javascript",
        "function add(a, b) {\n  ‸",
        Some("return a + b"),
    ),
    (
        "javascript",
        "const input = document.querySelector(\"#name\");\nconst value = input.‸",
        Some("value"),
    ),
    (
        "javascript",
        "const count = document.querySelectorAll(\".item\").‸",
        None,
    ),
    (
        "javascript",
        "const user = { name: \"Ana\", age: 31 };\nconst { name, age } = ‸",
        Some("user;"),
    ),
    (
        "typescript",
        "interface User {\n  id: number;\n  name: ‸",
        Some("string;"),
    ),
    (
        "typescript",
        "interface Todo {\n  title: string;\n  done: ‸",
        Some("boolean;"),
    ),
    ("typescript", "type Status = \"active\" | ‸", None),
    ("typescript", "enum Direction {\n  Up,\n  ‸", Some("Down,")),
    (
        "typescript",
        "function identity<T>(value: T): ‸",
        Some("T {"),
    ),
    ("typescript", "function first<T>(items: T[]): T | ‸", None),
    (
        "typescript",
        "interface User {\n  name: string;\n}\nconst users: User[] = ‸",
        Some("[];"),
    ),
    ("typescript", "const cache = new Map<string, ‸", None),
    ("typescript", "let count: ‸", None),
    (
        "typescript",
        "function add(a: number, b: number): ‸",
        Some("number {"),
    ),
    ("typescript", "function greet(name: string): ‸", None),
    (
        "typescript",
        "function isString(value: unknown): value is ‸",
        Some("string {"),
    ),
    ("typescript", "type Point = { x: number; y: ‸", None),
    ("typescript", "async function fetchUsers(): Promise<‸", None),
    (
        "typescript",
        "class Counter {\n  private count: number = ‸",
        Some("0;"),
    ),
    (
        "typescript",
        "const input = document.querySelector<HTMLInputElement>(‸",
        None,
    ),
    ("typescript", "export interface Props {\n  ‸", None),
    (
        "typescript",
        "const nums: number[] = [1, 2, 3];\nconst doubled = nums.map((n) => ‸",
        Some("n * 2);"),
    ),
    (
        "typescript",
        "interface Animal {\n  name: string;\n}\ninterface Dog extends ‸",
        Some("Animal {"),
    ),
    ("typescript", "let value: string | ‸", None),
    ("typescript", "const config: Record<string, ‸", None),
    (
        "typescript",
        "try {\n  run();\n} catch (error) {\n  if (error instanceof ‸",
        Some("Error) {"),
    ),
    (
        "typescript",
        "function sum(...numbers: number[]): number {\n  return numbers.reduce((a, b) => a + b, ‸",
        Some("0)"),
    ),
    (
        "typescript",
        "const el = document.getElementById(\"app\") as ‸",
        None,
    ),
    (
        "typescript",
        "function clamp(value: number, min: number, max: number): number {\n  return Math.min(Math.max(value, min), ‸",
        None,
    ),
    ("typescript", "type Shape = Circle | ‸", None),
    (
        "typescript",
        "const user: User = { name: \"Ana\", age: ‸",
        None,
    ),
    (
        "typescript",
        "async function getData(): Promise<void> {\n  const res = await fetch(\"/api\");\n  const json = await res.‸",
        Some("json()"),
    ),
    (
        "python",
        "avg = 3.14159\nprint(f\"Avg: {avg:.‸}\")",
        Some("2f"),
    ),
    (
        "python",
        "items = line.split(\",\")\nsize = len(‸)",
        Some("items"),
    ),
    (
        "python",
        "values = [3, 1, 2]\nfor i in range(len(‸)):",
        None,
    ),
    (
        "python",
        "tasks = [\"a\", \"b\"]\ntasks.sort(reverse=‸)",
        Some("True"),
    ),
    ("python", "result = sorted(names, reverse=‸", Some("True)")),
    (
        "python",
        "import json\njson.dumps(data, indent=‸",
        Some("4)"),
    ),
    // The editor closed the call and the parameters: the second parameter alone, which its `)` then closes.
    ("javascript", "items.forEach((item, ‸))", Some("index")),
    (
        "javascript",
        "const list = [];\nif (list.length === ‸) {}",
        None,
    ),
    (
        "javascript",
        "people.sort((a, b) => a.age - ‸);",
        Some("b.age"),
    ),
    (
        "javascript",
        "const container = document.getElementById(\"app\");\nconst card = document.createElement(\"div\");\ncard.className = \"card\";\ncontainer.appendChild(‸);",
        Some("card"),
    ),
    (
        "typescript",
        "interface User {\n  name: string;\n}\nfunction isUser(x: unknown): x is ‸",
        Some("User {"),
    ),
    ("typescript", "function wrap<T>(item: T): ‸", Some("T {")),
    ("typescript", "enum Size {\n  Small,\n  ‸", Some("Medium,")),
    (
        "typescript",
        "enum Level {\n  LOW,\n  MEDIUM,\n  ‸",
        Some("HIGH,"),
    ),
    (
        "javascript",
        "try {\n  run();\n} catch (err) {\n  console.‸",
        Some("error(err);"),
    ),
    (
        "javascript",
        "const first = [1];\nconst second = [2];\nconst all = [...first, ...‸];",
        Some("second"),
    ),
    (
        "javascript",
        "const person = { name: \"Bo\", age: 3, city: \"X\" };\nconst { name, city } = ‸",
        Some("person;"),
    ),
    ("python", "def multiply(x, y):\n    ‸", Some("return x * y")),
    (
        "javascript",
        "const multiply = (a, b) => {\n  ‸",
        Some("return a * b"),
    ),
    (
        "python",
        "for user in users:\n    if user[\"age\"] >= ‸",
        None,
    ),
    (
        "python",
        "def can_vote(age):\n    return age >= ‸",
        Some("18"),
    ),
    ("python", "usage = 3\nif usage >= ‸", None),
    ("python", "scores = [1, 2]\ntop = max(‸)", Some("scores")),
    (
        "python",
        "nums = [1, 2]\ndoubled = [n * 2 for n in ‸]",
        Some("nums"),
    ),
    (
        "python",
        "from collections import defaultdict\nword_counts = defaultdict(‸)",
        Some("int"),
    ),
    (
        "python",
        "import random\nroll = random.randint(1, ‸)",
        Some("6"),
    ),
    ("python", "cards.append(card)\nprint(‸)", Some("cards")),
    (
        "javascript",
        "fetch(url)\n  .then((res) => res.json())\n  .catch((error) => ‸",
        Some("console.error(error))"),
    ),
    (
        "typescript",
        "class Shape {}\nclass Circle extends ‸",
        Some("Shape {"),
    ),
    (
        "javascript",
        "class Animal {}\nclass NotFoundError extends ‸",
        Some("Error {"),
    ),
    ("python", "if len(sys.argv) != ‸", Some("2:")),
    (
        "javascript",
        "const name = \"a\";\nconsole.log(\"‸\");",
        None,
    ),
    ("python", "print(\"‸\")", None),
    ("python", "page = 3\nif page >= ‸", None),
    (
        "javascript",
        "const total = orders.reduce((sum, order) => ‸",
        None,
    ),
    (
        "javascript",
        "const total = nums.reduce((sum, n) => ‸",
        Some("sum + n, 0);"),
    ),
    ("javascript", "document.addEventListener(\"‸", None),
    ("python", "name = \"‸", Some("\"")),
    (
        "javascript",
        "const isEmpty = a.length === b.length && a.length === ‸",
        None,
    ),
    ("javascript", "if (a.length === ‸", Some("0) {")),
    (
        "typescript",
        "function isReady(flag: unknown): flag is ‸",
        None,
    ),
    ("typescript", "function pair<T, U>(a: T, b: U): ‸", None),
    ("typescript", "enum Status {\n  Open,\n  ‸", None),
    ("python", "groups = defaultdict(‸", Some("list)")),
    (
        "python",
        "words = sorted(words, key=len, reverse=‸",
        Some("True)"),
    ),
    ("javascript", "m.forEach((v, ‸", None),
    (
        "javascript",
        "const EventEmitter = require(\"events\");\nclass Base {}\nclass Bus extends ‸",
        None,
    ),
    ("javascript", "const thing = require(\"‸", None),
    ("javascript", "fs.readFile(file, \"‸", Some("utf8\")")),
    (
        "javascript",
        "const data = fs.readFileSync(path.join(__dirname, \"‸",
        None,
    ),
    (
        "python",
        "parser.add_argument(\"--count\", type=‸",
        Some("int"),
    ),
    ("python", "parser.add_argument(\"--name\", type=‸", None),
    (
        "python",
        "text = input(\"Text: \")\nvowels = 0\nfor ch in text:\n    if ch in \"aeiou\":\n        vowels ‸",
        Some("+= 1"),
    ),
    (
        "javascript",
        "let evens = 0;\nfor (const n of nums) {\n  if (n % 2 === 0) {\n    evens ‸",
        Some("+= 1;"),
    ),
    ("python", "count = 0\nif x:\n    count ‸", None),
    (
        "javascript",
        "const input = document.querySelector(\"input\");\ninput.addEventListener(\"input\", (e) => {\n  console.log(e.target.‸",
        Some("value)"),
    ),
    (
        "javascript",
        "const li = document.createElement(\"li\");\nli.appendChild(‸",
        None,
    ),
    (
        "javascript",
        "const sorted = words.sort((a, b) => a.localeCompare(‸",
        Some("b))"),
    ),
    (
        "javascript",
        "users.sort((a, b) => a.name.localeCompare(‸",
        Some("b.name))"),
    ),
    ("javascript", "items.sort((x, y) => x - ‸", None),
    (
        "python",
        "numbers = list(map(int, input().‸",
        Some("split()))"),
    ),
    (
        "python",
        "words = [\"apple\", \"bob\"]\nlengths = {w: len(‸",
        None,
    ),
    (
        "javascript",
        "const str = \"hello\";\nconst reversed = str.split(\"\").reverse().‸",
        Some("join(\"\");"),
    ),
    (
        "javascript",
        "const r = s.split(\"\").reverse().join(‸",
        Some("\"\")"),
    ),
    (
        "javascript",
        "function reverseString(str) {\n  return str.split(\"\").‸",
        Some("reverse().join(\"\")"),
    ),
    (
        "javascript",
        "let todos = [];\nfunction removeTodo(id) {\n  todos = todos.filter((todo) => todo.id !== ‸",
        Some("id);"),
    ),
    (
        "javascript",
        "function removeTodo(id) {\n  return todos.find((todo) => todo.id !== ‸",
        None,
    ),
    (
        "python",
        "counts = {}\nfor ch in text:\n    if ch in counts:\n        counts[ch] += 1\n    else:\n        ‸",
        Some("counts[ch] = 1"),
    ),
    ("python", "if a:\n    b += 1\nelse:\n    ‸", None),
    (
        "python",
        "names = [\"a\", \"b\"]\nprint(len(‸))",
        Some("names"),
    ),
    (
        "python",
        "scores = {\"a\": 1}\nbest = max(scores, key=‸)",
        Some("scores.get"),
    ),
    (
        "typescript",
        "function greet(name: string): void {\n  console.log(‸",
        None,
    ),
    // A `Map`'s `entries()` pairs a key with each value, not an index: no `-1` after a loop that returned a key.
    (
        "javascript",
        "function findUser(users, id) {\n  for (const [name, user] of users.entries()) {\n    if (user.id === id) {\n      return name;\n    }\n  }\n  return ‸",
        None,
    ),
    (
        "javascript",
        "function findIndex(items, x) {\n  for (const [i, item] of items.entries()) {\n    if (item === x) {\n      return i;\n    }\n  }\n  return ‸",
        Some("-1;"),
    ),
    // Nineteenth round (r19f): data processing and small algorithms in Python and JavaScript (grouping into a map of lists, counting, sorting by a key, top-N, dedupe with sets, merging, matrices, string parsing, palindromes and anagrams, two-sum, binary search, memoized recursion, BFS/DFS, bracket matching, generators, reducers, early returns), written blind; then look-alikes of each new rule with other names, editors' auto-closed brackets, and cases left alone.
    (
        "python",
        "groups = {}\nfor item in items:\n    key = item[\"category\"]\n    if key not in groups:\n        groups[key] = ‸",
        Some("[]"),
    ),
    (
        "python",
        "groups = {}\nfor item in items:\n    key = item[\"category\"]\n    if key not in groups:\n        groups[key] = []\n    groups[key].‸",
        Some("append(item)"),
    ),
    (
        "python",
        "from collections import defaultdict\ngroups = defaultdict(‸)",
        Some("list"),
    ),
    (
        "python",
        "from collections import defaultdict\nby_len = defaultdict(list)\nfor word in words:\n    by_len[len(word)].‸",
        Some("append(word)"),
    ),
    (
        "python",
        "counts = {}\nfor word in words:\n    counts[word] = counts.get(‸",
        Some("word, 0) + 1"),
    ),
    (
        "python",
        "counts = {}\nfor ch in s:\n    counts[ch] = counts.get(ch, ‸",
        Some("0) + 1"),
    ),
    (
        "python",
        "counts = {}\nfor ch in s:\n    counts[ch] = counts.get(ch, 0)‸",
        Some(" + 1"),
    ),
    (
        "python",
        "freq = {}\nfor n in nums:\n    freq[n] = freq.g‸",
        Some("et(n, 0) + 1"),
    ),
    (
        "python",
        "counts = {}\nfor ch in s:\n    if ch in counts:\n        counts[ch] += 1\n    else:\n        counts[ch] = ‸",
        Some("1"),
    ),
    (
        "python",
        "from collections import Counter\ncounts = Counter(words)\ntop = counts.most_‸",
        Some("common()"),
    ),
    (
        "python",
        "freq = {}\nfor n in nums:\n    freq[n] = freq.get(n, 0) + 1\nmost = max(freq, key=‸",
        Some("freq.get)"),
    ),
    (
        "python",
        "ranked = sorted(counts.items(), key=lambda kv: kv[‸",
        Some("1])"),
    ),
    ("python", "students.sort(key=lambda s: s.‸", None),
    ("python", "top = sorted(nums, reverse=‸", Some("True)")),
    ("python", "top3 = sorted(nums, reverse=True)[‸", Some(":3]")),
    (
        "python",
        "people = sorted(people, key=lambda p: p[\"age\"‸",
        Some("])"),
    ),
    (
        "python",
        "nums = [3, 1, 3, 2]\nunique = list(set(‸",
        Some("nums)"),
    ),
    (
        "python",
        "seen = set()\nresult = []\nfor x in items:\n    if x not in seen:\n        seen.‸",
        Some("add(x)"),
    ),
    (
        "python",
        "seen = set()\nresult = []\nfor x in items:\n    if x not in seen:\n        seen.add(x)\n        result.‸",
        Some("append(x)"),
    ),
    (
        "python",
        "def dedupe(items):\n    seen = set()\n    result = []\n    for x in items:\n        if x not in seen:\n            seen.add(x)\n            result.append(x)\n    ret‸",
        Some("urn "),
    ),
    ("python", "merged = dict1 | ‸", None),
    ("python", "config = defaults.copy()\nconfig.‸", None),
    (
        "python",
        "for i in range(rows):\n    for j in range(‸",
        Some("cols):"),
    ),
    (
        "python",
        "for i in range(len(matrix)):\n    for j in range(len(‸",
        None,
    ),
    (
        "python",
        "for row in matrix:\n    for val in ‸",
        Some("row:"),
    ),
    (
        "python",
        "grid = [[0] * cols for _ in range(‸",
        Some("rows)]"),
    ),
    (
        "python",
        "for i in range(len(grid)):\n    for j in range(len(grid[0])):\n        if grid[i][‸",
        Some("j]"),
    ),
    ("python", "parts = line.strip().split(‸", None),
    ("python", "words = text.lower().sp‸", Some("lit()")),
    (
        "python",
        "def reverse_words(s):\n    words = s.split()\n    return \" \".join(reversed(‸",
        Some("words)"),
    ),
    ("python", "key, value = line.strip().split(\"=\", ‸", None),
    (
        "python",
        "for line in f:\n    line = line.strip()\n    if not line:\n        ‸",
        Some("continue"),
    ),
    ("python", "result = \", \".join(str(x) for x in ‸", None),
    (
        "python",
        "def is_palindrome(s):\n    return s == s[‸",
        Some("::-1]"),
    ),
    (
        "python",
        "left, right = 0, len(s) - 1\nwhile left < right:\n    if s[left] != s[‸",
        Some("right]:"),
    ),
    (
        "python",
        "left, right = 0, len(s) - 1\nwhile left < right:\n    if s[left] != s[right]:\n        return False\n    left += 1\n    ‸",
        Some("right -= 1"),
    ),
    (
        "python",
        "def is_anagram(a, b):\n    return sorted(a) == ‸",
        Some("sorted(b)"),
    ),
    (
        "python",
        "from collections import Counter\ndef is_anagram(a, b):\n    return Counter(a) == ‸",
        Some("Counter(b)"),
    ),
    (
        "python",
        "def two_sum(nums, target):\n    seen = {}\n    for i, n in enumerate(nums):\n        diff = target - ‸",
        Some("n"),
    ),
    (
        "python",
        "def two_sum(nums, target):\n    seen = {}\n    for i, n in enumerate(nums):\n        diff = target - n\n        if diff in seen:\n            return [‸",
        Some("seen[diff], i]"),
    ),
    (
        "python",
        "def two_sum(nums, target):\n    seen = {}\n    for i, n in enumerate(nums):\n        diff = target - n\n        if diff in seen:\n            return [seen[diff], i]\n        seen[n] = ‸",
        Some("i"),
    ),
    (
        "python",
        "def binary_search(arr, target):\n    lo, hi = 0, len(arr) - 1\n    while lo <= hi:\n        mid = ‸",
        Some("(lo + hi) // 2"),
    ),
    (
        "python",
        "def binary_search(arr, target):\n    lo, hi = 0, len(arr) - 1\n    while lo <= hi:\n        mid = (lo + hi) ‸",
        Some("// 2"),
    ),
    (
        "python",
        "def binary_search(arr, target):\n    lo, hi = 0, len(arr) - 1\n    while lo <= hi:\n        mid = (lo + hi) // 2\n        if arr[mid] == target:\n            return ‸",
        Some("mid"),
    ),
    (
        "python",
        "def binary_search(arr, target):\n    lo, hi = 0, len(arr) - 1\n    while lo <= hi:\n        mid = (lo + hi) // 2\n        if arr[mid] == target:\n            return mid\n        elif arr[mid] < target:\n            lo = ‸",
        Some("mid + 1"),
    ),
    (
        "python",
        "def binary_search(arr, target):\n    lo, hi = 0, len(arr) - 1\n    while lo <= hi:\n        mid = (lo + hi) // 2\n        if arr[mid] == target:\n            return mid\n        elif arr[mid] < target:\n            lo = mid + 1\n        else:\n            hi = ‸",
        Some("mid - 1"),
    ),
    (
        "python",
        "def binary_search(arr, target):\n    lo, hi = 0, len(arr) - 1\n    while lo <= hi:\n        mid = (lo + hi) // 2\n        if arr[mid] == target:\n            return mid\n        elif arr[mid] < target:\n            lo = mid + 1\n        else:\n            hi = mid - 1\n    return ‸",
        Some("-1"),
    ),
    (
        "python",
        "left, right = 0, len(nums)\nwhile left < right:\n    mid = (left + right) // 2\n    if nums[mid] < target:\n        left = mid + 1\n    else:\n        right = ‸",
        Some("mid"),
    ),
    ("python", "from functools import lru_‸", Some("cache")),
    ("python", "@lru_cache(maxsize=‸", Some("None)")),
    (
        "python",
        "@lru_cache(maxsize=None)\ndef fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + ‸",
        Some("fib(n - 2)"),
    ),
    (
        "python",
        "def fib(n, memo={}):\n    if n in memo:\n        return ‸",
        Some("memo[n]"),
    ),
    (
        "python",
        "def fib(n, memo={}):\n    if n in memo:\n        return memo[n]\n    if n < 2:\n        return n\n    memo[n] = fib(n - 1, memo) + fib(n - 2, memo)\n    return ‸",
        Some("memo[n]"),
    ),
    (
        "python",
        "def bfs(graph, start):\n    visited = {start}\n    queue = deque([‸",
        Some("start])"),
    ),
    (
        "python",
        "def bfs(graph, start):\n    visited = {start}\n    queue = deque([start])\n    while queue:\n        node = queue.‸",
        Some("popleft()"),
    ),
    (
        "python",
        "def bfs(graph, start):\n    visited = {start}\n    queue = deque([start])\n    while queue:\n        node = queue.popleft()\n        for neighbor in graph[‸",
        Some("node]:"),
    ),
    (
        "python",
        "def bfs(graph, start):\n    visited = {start}\n    queue = deque([start])\n    while queue:\n        node = queue.popleft()\n        for neighbor in graph[node]:\n            if neighbor not in visited:\n                visited.add(neighbor)\n                queue.‸",
        Some("append(neighbor)"),
    ),
    (
        "python",
        "def dfs(node):\n    visited.add(node)\n    for nxt in graph[node]:\n        if nxt not in visited:\n            ‸",
        Some("dfs(nxt)"),
    ),
    (
        "python",
        "stack = [start]\nwhile stack:\n    node = stack.‸",
        Some("pop()"),
    ),
    (
        "python",
        "pairs = {\")\": \"(\", \"]\": \"[\", \"}\": \"{\"}\nstack = []\nfor ch in s:\n    if ch in \"([{\":\n        stack.‸",
        Some("append(ch)"),
    ),
    (
        "python",
        "def is_valid(s):\n    stack = []\n    for ch in s:\n        if ch == \"(\":\n            stack.append(ch)\n        elif not stack:\n            return False\n        else:\n            stack.pop()\n    return len(stack) == ‸",
        Some("0"),
    ),
    (
        "python",
        "def read_lines(path):\n    with open(path) as f:\n        for line in f:\n            yi‸",
        Some("eld "),
    ),
    (
        "python",
        "def chunks(lst, n):\n    for i in range(0, len(lst), n):\n        yield lst[‸",
        Some("i:i + n]"),
    ),
    (
        "python",
        "def count_up(n):\n    i = 0\n    while i < n:\n        yield i\n        ‸",
        Some("i += 1"),
    ),
    (
        "python",
        "names = [\"a\", \"b\"]\nfor i, name in enumerate(‸",
        Some("names):"),
    ),
    (
        "python",
        "for name, score in zip(names, ‸",
        Some("scores):"),
    ),
    ("python", "d = dict(zip(keys, ‸", Some("values))")),
    ("python", "first_three = items[‸", None),
    ("python", "last = items[‸", Some("-1]")),
    ("python", "rest = items[‸", Some("1:]")),
    (
        "python",
        "for i in range(len(nums) - 1):\n    if nums[i] > nums[‸",
        Some("i + 1]:"),
    ),
    (
        "python",
        "def find_index(items, target):\n    for i, item in enumerate(items):\n        if item == target:\n            return ‸",
        Some("i"),
    ),
    (
        "python",
        "def find_index(items, target):\n    for i, item in enumerate(items):\n        if item == target:\n            return i\n    return ‸",
        Some("-1"),
    ),
    (
        "python",
        "def count_vowels(s):\n    count = 0\n    for ch in s:\n        if ch in \"aeiou\":\n            count += 1\n    return ‸",
        Some("count"),
    ),
    (
        "python",
        "def max_value(nums):\n    best = nums[0]\n    for n in nums[1:]:\n        if n > best:\n            best = ‸",
        Some("n"),
    ),
    (
        "python",
        "evens = [x for x in nums if x % 2 == ‸",
        Some("0]"),
    ),
    (
        "python",
        "nums = [1, 2, 3]\nsquares = [x ** 2 for x in ‸",
        Some("nums]"),
    ),
    (
        "python",
        "inverted = {v: k for k, v in d.‸",
        Some("items()}"),
    ),
    ("python", "for key, value in data.it‸", Some("ems():")),
    (
        "python",
        "i = 0\nwhile i < len(nums):\n    print(nums[i])\n    i ‸",
        Some("+= 1"),
    ),
    (
        "python",
        "def total_price(items):\n    total = 0\n    for item in items:\n        total += item[\"price\"] * item[\"qty\"]\n    return ‸",
        Some("total"),
    ),
    (
        "javascript",
        "const groups = {};\nfor (const item of items) {\n  if (!groups[item.type]) {\n    groups[item.type] = ‸",
        Some("[];"),
    ),
    (
        "javascript",
        "const groups = {};\nfor (const item of items) {\n  if (!groups[item.type]) {\n    groups[item.type] = [];\n  }\n  groups[item.type].‸",
        Some("push(item);"),
    ),
    (
        "javascript",
        "const grouped = items.reduce((acc, item) => {\n  (acc[item.category] ||= []).push(item);\n  return ‸",
        Some("acc;"),
    ),
    (
        "javascript",
        "const counts = {};\nfor (const word of words) {\n  counts[word] = (counts[word] || ‸",
        Some("0) + 1;"),
    ),
    (
        "javascript",
        "const counts = {};\nfor (const word of words) {\n  counts[word] = (counts[word] || 0)‸",
        Some(" + 1;"),
    ),
    (
        "javascript",
        "const counts = new Map();\nfor (const x of arr) {\n  counts.set(x, (counts.get(‸",
        Some("x) || 0) + 1);"),
    ),
    (
        "javascript",
        "const freq = arr.reduce((acc, x) => {\n  acc[x] = (acc[x] ‸",
        Some("|| 0) + 1"),
    ),
    (
        "javascript",
        "const freq = {};\nfor (const c of str) {\n  freq[c] = freq[c] ? freq[c] + 1 : ‸",
        Some("1;"),
    ),
    (
        "javascript",
        "users.sort((a, b) => a.age - ‸",
        Some("b.age)"),
    ),
    ("javascript", "users.sort((a, b) => a.‸", None),
    (
        "javascript",
        "items.sort((a, b) => b.score - a.‸",
        Some("score"),
    ),
    (
        "javascript",
        "names.sort((a, b) => a.localeCompare(‸))",
        Some("b"),
    ),
    (
        "javascript",
        "const sorted = [...nums].sort((a, b) => ‸",
        Some("a - b);"),
    ),
    (
        "javascript",
        "const top3 = [...scores].sort((a, b) => b - a).slice(‸",
        Some("0, 3)"),
    ),
    (
        "javascript",
        "const sorted = Object.entries(counts).sort((a, b) => b[1] - a[‸",
        Some("1])"),
    ),
    (
        "javascript",
        "const sorted = Object.entries(counts).sort((a, b) => b[‸",
        Some("1] - a[1])"),
    ),
    (
        "javascript",
        "const nums = [1, 2, 2, 3];\nconst unique = [...new Set(‸",
        Some("nums)];"),
    ),
    (
        "javascript",
        "const seen = new Set();\nfor (const x of arr) {\n  if (seen.has(x)) continue;\n  seen.‸",
        Some("add(x);"),
    ),
    (
        "javascript",
        "const unique = arr.filter((x, i) => arr.indexOf(x) === ‸",
        Some("i)"),
    ),
    (
        "javascript",
        "for (let i = 0; i < rows; i++) {\n  for (let j = 0; j < ‸",
        Some("cols; j++) {"),
    ),
    (
        "javascript",
        "for (let i = 0; i < matrix.length; i++) {\n  for (let j = 0; j < matrix[‸",
        Some("i].length; j++) {"),
    ),
    (
        "javascript",
        "const grid = Array.from({ length: rows }, () => Array(‸",
        Some("cols).fill(0))"),
    ),
    (
        "javascript",
        "const arr = Array.from({ length: n }, (_, i) => ‸",
        None,
    ),
    (
        "javascript",
        "for (let i = 0; i < grid.length; i++) {\n  for (let j = 0; j < grid[i].length; j++) {\n    if (grid[i][‸",
        Some("j]"),
    ),
    ("javascript", "const parts = line.trim().split(‸", None),
    (
        "javascript",
        "const reversed = str.split(\"\").reverse().‸",
        Some("join(\"\")"),
    ),
    (
        "javascript",
        "const reversed = str.split(\"\").‸",
        Some("reverse()"),
    ),
    (
        "javascript",
        "const title = word.charAt(0).toUpperCase() + word.‸",
        Some("slice(1)"),
    ),
    (
        "javascript",
        "const words = sentence.trim().sp‸",
        Some("lit()"),
    ),
    ("javascript", "const [key, value] = line.split(‸", None),
    (
        "javascript",
        "function isPalindrome(str) {\n  return str === str.split(\"\").reverse().join(‸",
        Some("\"\")"),
    ),
    (
        "javascript",
        "let left = 0;\nlet right = s.length - 1;\nwhile (left < right) {\n  if (s[left] !== s[right]) return false;\n  left++;\n  ‸",
        Some("right--;"),
    ),
    (
        "javascript",
        "function twoSum(nums, target) {\n  const map = new Map();\n  for (let i = 0; i < nums.length; i++) {\n    const complement = target - ‸",
        Some("nums[i];"),
    ),
    (
        "javascript",
        "function twoSum(nums, target) {\n  const map = new Map();\n  for (let i = 0; i < nums.length; i++) {\n    const complement = target - nums[i];\n    if (map.has(complement)) {\n      return [map.get(‸",
        Some("complement), i];"),
    ),
    (
        "javascript",
        "function twoSum(nums, target) {\n  const map = new Map();\n  for (let i = 0; i < nums.length; i++) {\n    const complement = target - nums[i];\n    if (map.has(complement)) {\n      return [map.get(complement), i];\n    }\n    map.set(nums[i], ‸",
        Some("i);"),
    ),
    (
        "javascript",
        "function binarySearch(arr, target) {\n  let lo = 0;\n  let hi = arr.length - 1;\n  while (lo <= hi) {\n    const mid = Math.floor(‸",
        Some("(lo + hi) / 2);"),
    ),
    (
        "javascript",
        "function binarySearch(arr, target) {\n  let lo = 0;\n  let hi = arr.length - 1;\n  while (lo <= hi) {\n    const mid = Math.floor((lo + hi) ‸",
        Some("/ 2);"),
    ),
    (
        "javascript",
        "function binarySearch(arr, target) {\n  let lo = 0;\n  let hi = arr.length - 1;\n  while (lo <= hi) {\n    const mid = Math.floor((lo + hi) / 2);\n    if (arr[mid] === target) return ‸",
        Some("mid;"),
    ),
    (
        "javascript",
        "function binarySearch(arr, target) {\n  let lo = 0;\n  let hi = arr.length - 1;\n  while (lo <= hi) {\n    const mid = Math.floor((lo + hi) / 2);\n    if (arr[mid] === target) return mid;\n    else if (arr[mid] < target) lo = ‸",
        Some("mid + 1;"),
    ),
    (
        "javascript",
        "function binarySearch(arr, target) {\n  let lo = 0;\n  let hi = arr.length - 1;\n  while (lo <= hi) {\n    const mid = Math.floor((lo + hi) / 2);\n    if (arr[mid] === target) return mid;\n    else if (arr[mid] < target) lo = mid + 1;\n    else hi = ‸",
        Some("mid - 1;"),
    ),
    (
        "javascript",
        "function binarySearch(arr, target) {\n  let lo = 0;\n  let hi = arr.length - 1;\n  while (lo <= hi) {\n    const mid = Math.floor((lo + hi) / 2);\n    if (arr[mid] === target) return mid;\n    else if (arr[mid] < target) lo = mid + 1;\n    else hi = mid - 1;\n  }\n  return ‸",
        Some("-1;"),
    ),
    ("javascript", "let mid = (lo + hi) >> ‸", None),
    (
        "javascript",
        "const memo = {};\nfunction fib(n) {\n  if (n in memo) return ‸",
        Some("memo[n];"),
    ),
    (
        "javascript",
        "const memo = {};\nfunction fib(n) {\n  if (n in memo) return memo[n];\n  if (n <= 1) return n;\n  memo[n] = fib(n - 1) + ‸",
        Some("fib(n - 2)"),
    ),
    (
        "javascript",
        "const cache = new Map();\nfunction fact(n) {\n  if (cache.has(n)) return cache.‸",
        Some("get(n);"),
    ),
    (
        "javascript",
        "const cache = new Map();\nfunction fact(n) {\n  if (cache.has(n)) return cache.get(n);\n  const result = n * fact(n - 1);\n  cache.set(n, ‸",
        Some("result);"),
    ),
    (
        "javascript",
        "const cache = new Map();\nfunction fact(n) {\n  if (cache.has(n)) return cache.get(n);\n  const result = n * fact(n - 1);\n  cache.set(n, result);\n  return ‸",
        Some("result;"),
    ),
    (
        "javascript",
        "const queue = [start];\nconst visited = new Set([start]);\nwhile (queue.length > 0) {\n  const node = queue.‸",
        Some("shift();"),
    ),
    (
        "javascript",
        "const queue = [start];\nconst visited = new Set([start]);\nwhile (queue.length > 0) {\n  const node = queue.shift();\n  for (const neighbor of graph[‸",
        Some("node]) {"),
    ),
    (
        "javascript",
        "const queue = [start];\nconst visited = new Set([start]);\nwhile (queue.length > 0) {\n  const node = queue.shift();\n  for (const neighbor of graph[node]) {\n    if (!visited.has(neighbor)) {\n      visited.add(neighbor);\n      queue.‸",
        Some("push(neighbor);"),
    ),
    (
        "javascript",
        "const stack = [root];\nwhile (stack.length) {\n  const node = stack.‸",
        Some("pop();"),
    ),
    (
        "javascript",
        "function dfs(node) {\n  visited.add(node);\n  for (const next of graph[node]) {\n    if (!visited.has(next)) ‸",
        Some("dfs(next);"),
    ),
    ("javascript", "const visited = new Set(‸)", None),
    (
        "javascript",
        "const pairs = { \")\": \"(\", \"]\": \"[\", \"}\": \"{\" };\nconst stack = [];\nfor (const ch of s) {\n  if (\"([{\".includes(ch)) {\n    stack.‸",
        Some("push(ch);"),
    ),
    (
        "javascript",
        "function isValid(s) {\n  const stack = [];\n  for (const ch of s) {\n    if (ch === \"(\") stack.push(ch);\n    else if (!stack.pop()) return false;\n  }\n  return stack.length === ‸",
        Some("0;"),
    ),
    (
        "javascript",
        "const sum = nums.reduce((acc, n) => acc + n, ‸",
        Some("0);"),
    ),
    (
        "javascript",
        "const sum = nums.reduce((acc, n) => acc + n, ‸)",
        Some("0"),
    ),
    (
        "javascript",
        "const max = nums.reduce((a, b) => Math.max(a, ‸",
        Some("b))"),
    ),
    (
        "javascript",
        "const byId = users.reduce((acc, u) => {\n  acc[u.id] = ‸",
        Some("u"),
    ),
    (
        "javascript",
        "const byId = Object.fromEntries(users.map(u => [u.id, ‸",
        Some("u]))"),
    ),
    (
        "javascript",
        "const total = cart.reduce((sum, item) => sum + item.price * item.‸",
        None,
    ),
    (
        "javascript",
        "function findUser(users, id) {\n  for (const user of users) {\n    if (user.id === id) return ‸",
        Some("user"),
    ),
    (
        "javascript",
        "function findUser(users, id) {\n  for (const user of users) {\n    if (user.id === id) return user;\n  }\n  return ‸",
        Some("null;"),
    ),
    (
        "javascript",
        "function indexOf(arr, target) {\n  for (let i = 0; i < arr.length; i++) {\n    if (arr[i] === target) return ‸",
        Some("i"),
    ),
    (
        "javascript",
        "function indexOf(arr, target) {\n  for (let i = 0; i < arr.length; i++) {\n    if (arr[i] === target) return i;\n  }\n  return ‸",
        Some("-1;"),
    ),
    (
        "javascript",
        "function countVowels(str) {\n  let count = 0;\n  for (const ch of str) {\n    if (\"aeiou\".includes(ch)) count++;\n  }\n  return ‸",
        Some("count;"),
    ),
    (
        "javascript",
        "function evens(nums) {\n  const result = [];\n  for (const n of nums) {\n    if (n % 2 === 0) result.push(n);\n  }\n  return ‸",
        Some("result;"),
    ),
    (
        "javascript",
        "let i = 0;\nwhile (i < arr.length) {\n  console.log(arr[i]);\n  i‸",
        Some("++;"),
    ),
    (
        "javascript",
        "for (const [key, value] of Object.entr‸",
        Some("ies()"),
    ),
    (
        "javascript",
        "const chunks = [];\nfor (let i = 0; i < arr.length; i += size) {\n  chunks.push(arr.slice(i, ‸",
        Some("i + size))"),
    ),
    ("javascript", "const last = arr[arr.length - ‸", Some("1]")),
    ("javascript", "const keys = Object.ke‸", Some("ys()")),
    (
        "javascript",
        "const evens = nums.filter(n => n % 2 === ‸",
        Some("0)"),
    ),
    ("javascript", "const doubled = nums.map(n => n * ‸", None),
    (
        "javascript",
        "function sumArray(arr) {\n  let total = 0;\n  for (let i = 0; i < arr.length; i++) {\n    total += arr[‸",
        Some("i]"),
    ),
    (
        "python",
        "by_city = {}\nfor person in people:\n    if person.city not in by_city:\n        by_city[person.city] = []\n    by_city[person.city].‸",
        Some("append(person)"),
    ),
    (
        "javascript",
        "const byAuthor = {};\nfor (const book of books) {\n  if (!byAuthor[book.author]) {\n    byAuthor[book.author] = ‸",
        Some("[];"),
    ),
    (
        "javascript",
        "const byAuthor = {};\nfor (const book of books) {\n  if (!byAuthor[book.author]) {\n    byAuthor[book.author] = [];\n  }\n  byAuthor[book.author].‸",
        Some("push(book);"),
    ),
    (
        "javascript",
        "const totals = {};\nfor (const sale of sales) {\n  totals[sale.region].‸",
        None,
    ),
    (
        "python",
        "visited = set()\nfor word in words:\n    if word in banned:\n        continue\n    if len(word) > 3:\n        visited.‸",
        Some("add(word)"),
    ),
    (
        "python",
        "evens = []\nfor n in nums:\n    if n % 2 == 0:\n        evens.‸",
        Some("append(n)"),
    ),
    (
        "python",
        "evens = []\nfor n in nums:\n    evens.‸",
        Some("append()"),
    ),
    (
        "python",
        "names = []\nfor n in names:\n    if n:\n        names.‸",
        Some("append()"),
    ),
    (
        "javascript",
        "const kept = [];\nfor (const word of words) {\n  if (word.length > 3) {\n    kept.‸",
        Some("push()"),
    ),
    (
        "javascript",
        "const seenIds = new Set();\nfor (const id of ids) {\n  if (seenIds.has(id)) continue;\n  seenIds.‸",
        Some("add(id);"),
    ),
    (
        "javascript",
        "const out = [];\nfor (const x of arr) {\n  out.‸",
        Some("push()"),
    ),
    (
        "python",
        "todo = [root]\nwhile todo:\n    node = todo.‸",
        None,
    ),
    (
        "python",
        "stack = [root]\nwhile stack:\n    node = stack.‸",
        Some("pop()"),
    ),
    (
        "javascript",
        "const stack = [start];\nwhile (stack.length > 0) {\n  const cur = stack.‸",
        Some("pop();"),
    ),
    (
        "javascript",
        "const queue = [start];\nwhile (queue.length > 0) {\n  const cur = queue.‸",
        Some("shift();"),
    ),
    (
        "python",
        "tally = {}\nfor w in words:\n    tally[w] = tally.get(w, 0)‸",
        Some(" + 1"),
    ),
    (
        "javascript",
        "const tally = {};\nfor (const w of words) {\n  tally[w] = (tally[w] || 0)‸",
        Some(" + 1;"),
    ),
    (
        "python",
        "tally = {}\nfor w in words:\n    total = other.get(w, 0)‸",
        None,
    ),
    (
        "python",
        "pairs = sorted(ages.items(), key=lambda pair: pair[‸",
        Some("1])"),
    ),
    (
        "python",
        "pairs = sorted(ages.items(), key=lambda pair: pair[‸])",
        Some("1"),
    ),
    ("python", "pairs = sorted(people, key=lambda p: p[‸", None),
    (
        "python",
        "def search(nums, target):\n    left, right = 0, len(nums) - 1\n    while left <= right:\n        mid = (left + right) ‸",
        Some("// 2"),
    ),
    (
        "javascript",
        "function search(nums, target) {\n  let left = 0;\n  let right = nums.length - 1;\n  while (left <= right) {\n    const mid = Math.floor(‸",
        Some("(left + right) / 2);"),
    ),
    (
        "javascript",
        "function search(nums, target) {\n  let left = 0;\n  let right = nums.length - 1;\n  while (left <= right) {\n    const mid = Math.floor(‸)",
        Some("(left + right) / 2"),
    ),
    (
        "javascript",
        "function search(nums, target) {\n  let left = 0;\n  let right = nums.length - 1;\n  while (left <= right) {\n    const mid = Math.floor((left + right) / 2);\n    if (nums[mid] === target) return ‸",
        Some("mid;"),
    ),
    (
        "javascript",
        "function contains(nums, target) {\n  for (let i = 0; i < nums.length; i++) {\n    if (nums[i] === target) return ‸",
        None,
    ),
    (
        "javascript",
        "function position(list, wanted) {\n  for (let k = 0; k < list.length; k++) {\n    if (list[k] === wanted) return ‸",
        Some("k"),
    ),
    (
        "python",
        "def index_of(words, word):\n    for i, w in enumerate(words):\n        if w == word:\n            return ‸",
        Some("i"),
    ),
    (
        "python",
        "def find_book(books, title):\n    for book in books:\n        if book.title == title:\n            return ‸",
        Some("book"),
    ),
    (
        "python",
        "def find_book(books, title):\n    for book in books:\n        if book.title == title:\n            return book\n    return ‸",
        Some("None"),
    ),
    (
        "python",
        "def position(items, x):\n    for i in range(len(items)):\n        if items[i] == x:\n            return i\n    return ‸",
        Some("-1"),
    ),
    (
        "python",
        "def total(items):\n    for item in items:\n        if item.price > 10:\n            return item.price * 2\n    return ‸",
        None,
    ),
    (
        "python",
        "def first_negative(nums):\n    for n in nums:\n        if n < 0:\n            return n\n    return ‸",
        Some("None"),
    ),
    (
        "javascript",
        "function findBook(books, title) {\n  for (const book of books) {\n    if (book.title === title) return book;\n  }\n  return ‸",
        Some("null;"),
    ),
    (
        "javascript",
        "function findIndex(arr, x) {\n  for (let i = 0; i < arr.length; i++) {\n    if (arr[i] === x) {\n      return i;\n    }\n  }\n  return ‸",
        Some("-1;"),
    ),
    (
        "javascript",
        "function sum(arr) {\n  let s = 0;\n  for (const x of arr) {\n    s += x;\n  }\n  return ‸",
        Some("s;"),
    ),
    (
        "python",
        "def count(items):\n    for i, item in enumerate(items):\n        if item == 0:\n            return ‸",
        None,
    ),
    (
        "javascript",
        "for (let y = 0; y < height; y++) {\n  for (let x = 0; x < ‸",
        Some("width; x++) {"),
    ),
    (
        "javascript",
        "for (let r = 0; r < numRows; r++) {\n  for (let c = 0; c < ‸",
        Some("numCols; c++) {"),
    ),
    (
        "javascript",
        "for (let i = 0; i < n; i++) {\n  for (let j = 0; j < ‸",
        None,
    ),
    (
        "javascript",
        "for (let i = 0; i < grid.length; i++) {\n  for (let j = 0; j < grid[‸",
        Some("i].length; j++) {"),
    ),
    (
        "python",
        "for y in range(height):\n    for x in range(‸",
        Some("width):"),
    ),
    (
        "python",
        "for y in range(height):\n    for x in range(‸)",
        Some("width"),
    ),
    ("python", "for i in range(n):\n    for j in range(‸", None),
    (
        "python",
        "for row in grid:\n    for cell in ‸",
        Some("row:"),
    ),
    (
        "python",
        "def batches(items, size):\n    for start in range(0, len(items), size):\n        yield items[‸",
        Some("start:start + size]"),
    ),
    (
        "javascript",
        "const pages = [];\nfor (let i = 0; i < posts.length; i += perPage) {\n  pages.push(posts.slice(i, ‸",
        Some("i + perPage))"),
    ),
    (
        "javascript",
        "const pages = [];\nfor (let i = 0; i < posts.length; i += perPage) {\n  pages.push(posts.slice(i, ‸))",
        Some("i + perPage"),
    ),
    (
        "python",
        "for i in range(len(arr) - 1):\n    if arr[i] == arr[‸",
        Some("i + 1]:"),
    ),
    (
        "javascript",
        "for (let i = 0; i < arr.length - 1; i++) {\n  if (arr[i] > arr[‸",
        Some("i + 1]) {"),
    ),
    (
        "python",
        "for i in range(len(arr)):\n    if arr[i] == arr[‸",
        None,
    ),
    (
        "python",
        "i, j = 0, len(chars) - 1\nwhile i < j:\n    chars[i], chars[j] = chars[j], chars[i]\n    i += 1\n    ‸",
        Some("j -= 1"),
    ),
    (
        "javascript",
        "let lo = 0;\nlet hi = arr.length - 1;\nwhile (lo < hi) {\n  [arr[lo], arr[hi]] = [arr[hi], arr[lo]];\n  lo++;\n  ‸",
        Some("hi--;"),
    ),
    (
        "python",
        "while left < right:\n    if nums[left] + nums[right] < target:\n        left += 1\n        ‸",
        None,
    ),
    (
        "python",
        "cache = {}\ndef ways(n):\n    if n in cache:\n        return cache[n]\n    cache[n] = ways(n - 1) + ways(n - 2)\n    return ‸",
        Some("cache[n]"),
    ),
    (
        "javascript",
        "const cache = {};\nfunction ways(n) {\n  if (n in cache) return ‸",
        Some("cache[n];"),
    ),
    (
        "javascript",
        "const memo = new Map();\nfunction solve(k) {\n  const answer = solve(k - 1) * 2;\n  memo.set(k, answer);\n  return ‸",
        Some("answer;"),
    ),
    (
        "python",
        "dp = [0] * (n + 1)\nfor i in range(2, n + 1):\n    dp[i] = dp[i - 1] + dp[i - 2]\n    return ‸",
        None,
    ),
    ("python", "@functools.lru_cache(maxsize=‸", Some("None)")),
    ("python", "@lru_cache(maxsize=‸)", Some("None")),
    (
        "python",
        "def pair_sum(values, target):\n    index = {}\n    for k, v in enumerate(values):\n        need = target - ‸",
        Some("v"),
    ),
    (
        "python",
        "def pair_sum(values, target):\n    index = {}\n    for k, v in enumerate(values):\n        need = target - v\n        if need in index:\n            return [‸",
        Some("index[need], k]"),
    ),
    (
        "python",
        "def pair_sum(values, target):\n    index = {}\n    for k, v in enumerate(values):\n        need = target - v\n        if need in index:\n            return [‸]",
        Some("index[need], k"),
    ),
    (
        "python",
        "def pair_sum(values, target):\n    index = {}\n    for k, v in enumerate(values):\n        index[v] = ‸",
        Some("k"),
    ),
    (
        "javascript",
        "function pairSum(values, target) {\n  const seen = new Map();\n  for (let k = 0; k < values.length; k++) {\n    const need = target - ‸",
        Some("values[k];"),
    ),
    (
        "javascript",
        "function pairSum(values, target) {\n  const seen = new Map();\n  for (let k = 0; k < values.length; k++) {\n    seen.set(values[k], ‸",
        Some("k);"),
    ),
    (
        "javascript",
        "function pairSum(values, target) {\n  const seen = new Map();\n  for (let k = 0; k < values.length; k++) {\n    const need = target - values[k];\n    if (seen.has(need)) {\n      return [seen.get(‸",
        Some("need), k];"),
    ),
    (
        "python",
        "board = [[\" \"] * width for _ in range(‸",
        Some("height)]"),
    ),
    (
        "javascript",
        "const board = Array.from({ length: height }, () => Array(‸",
        Some("width).fill(0))"),
    ),
    ("python", "board = [[0] * n for _ in range(‸", None),
    (
        "python",
        "def bfs(adj, src):\n    seen = {src}\n    q = deque([src])\n    while q:\n        cur = q.popleft()\n        for nxt in adj[‸",
        Some("cur]:"),
    ),
    (
        "javascript",
        "const q = [src];\nwhile (q.length) {\n  const cur = q.shift();\n  for (const nxt of adj[‸",
        Some("cur]) {"),
    ),
    (
        "javascript",
        "const q = [src];\nwhile (q.length) {\n  const cur = q.shift();\n  for (const nxt of adj[‸]) {",
        None,
    ),
    (
        "python",
        "def visit(u):\n    seen.add(u)\n    for v in adj[u]:\n        if v not in seen:\n            ‸",
        Some("visit(v)"),
    ),
    (
        "javascript",
        "function visit(u) {\n  seen.add(u);\n  for (const v of adj[u]) {\n    if (!seen.has(v)) ‸",
        Some("visit(v);"),
    ),
    (
        "python",
        "def visit(u):\n    for v in adj[u]:\n        if v > 0:\n            ‸",
        None,
    ),
    (
        "python",
        "for word in words:\n    word = word.strip()\n    if not word:\n        ‸",
        Some("continue"),
    ),
    (
        "javascript",
        "for (const row of rows) {\n  if (!row) ‸",
        None,
    ),
    (
        "python",
        "for word in words:\n    if not found:\n        ‸",
        None,
    ),
    (
        "python",
        "swapped = {value: key for key, value in mapping.‸",
        Some("items()}"),
    ),
    (
        "python",
        "pairs = [(k, v) for k, v in ages.‸",
        Some("items()]"),
    ),
    (
        "python",
        "pairs = [(k, v) for k, v in ages.‸]",
        Some("items()"),
    ),
    (
        "python",
        "def balanced(s):\n    stack = []\n    for c in s:\n        if c == \"(\":\n            stack.append(c)\n    return len(stack) == ‸",
        Some("0"),
    ),
    ("python", "if len(items) == ‸", None),
    (
        "javascript",
        "function balanced(s) {\n  const stack = [];\n  return stack.length === ‸",
        Some("0;"),
    ),
    ("python", "top_5 = ranked[‸", None),
    (
        "python",
        "top10 = sorted(scores, reverse=True)[‸]",
        Some(":10"),
    ),
    (
        "javascript",
        "const top10 = players.slice(‸)",
        Some("0, 10"),
    ),
    (
        "javascript",
        "const first5 = players.slice(‸",
        Some("0, 5)"),
    ),
    ("python", "last = lines[‸", Some("-1]")),
    ("python", "tail = parts[‸", Some("1:]")),
    (
        "javascript",
        "const last = items[‸",
        Some("items.length - 1]"),
    ),
    (
        "javascript",
        "const last = items[‸]",
        Some("items.length - 1"),
    ),
    ("python", "lookup = dict(zip(keys, ‸", Some("values))")),
    (
        "python",
        "if ch in freq:\n    freq[ch] += 1\nelse:\n    freq[ch] = ‸",
        Some("1"),
    ),
    (
        "javascript",
        "const best = scores.reduce((x, y) => Math.min(x, ‸",
        Some("y))"),
    ),
    (
        "javascript",
        "const byName = people.reduce((acc, p) => {\n  acc[p.name] = ‸",
        Some("p"),
    ),
    (
        "javascript",
        "const index = new Map(products.map(p => [p.sku, ‸",
        Some("p]))"),
    ),
    (
        "javascript",
        "const firsts = list.filter((v, idx) => list.indexOf(v) === ‸",
        Some("idx)"),
    ),
    (
        "javascript",
        "const counts = new Map();\nfor (const w of words) {\n  counts.set(w, (counts.get(‸",
        Some("w) || 0) + 1);"),
    ),
    (
        "javascript",
        "const counts = {};\nfor (const w of words) {\n  counts[w] = counts[w] ? counts[w] + 1 : ‸",
        Some("1;"),
    ),
    ("python", "for city, temp in zip(cities, ‸", Some("temps):")),
    ("python", "for city, temp in zip(places, ‸", None),
    (
        "javascript",
        "entries.sort((x, y) => y[2] - x[‸",
        Some("2])"),
    ),
    (
        "javascript",
        "const ranked = Object.entries(votes).sort((p, q) => q[‸",
        Some("1] - p[1])"),
    ),
    ("javascript", "const ranked = list.sort((p, q) => q[‸", None),
    (
        "python",
        "new_val = []\nfor perc in percents:\n    if perc.group()[-1] == \"%\":\n        new_val.‸",
        Some("append()"),
    ),
    (
        "javascript",
        "for (const raw of lines) {\n  const word = raw.trim();\n  if (!word) ‸",
        Some("continue;"),
    ),
    (
        "python",
        "def find(items, x):\n    for i, item in enumerate(items):\n        if item == x:\n            return i\n    return ‸",
        None,
    ),
    (
        "cpp",
        "for (int y = 0; y < height; y++) {\n    for (int x = 0; x < ‸",
        Some("width; x++) {"),
    ),
    // Eighteenth round (r18f): web backends and services in Rust (axum, actix-web, sqlx, tracing), Go (net/http, gin, database/sql, graceful shutdown), Java (Spring Boot controllers, services, JPA repositories and entities, exception handlers) and TypeScript (NestJS, TypeORM, Prisma, zod, typed Express), written blind; then look-alikes of each new rule with other names, editors' auto-closed brackets, and cases left alone.
    (
        "rust",
        "#[derive(Debug, Serialize, Deser‸)]",
        Some("ialize"),
    ),
    (
        "rust",
        "#[derive(Serialize, Deserialize)]\npub struct CreateUser {\n    pub name: String,\n    pub email: Str‸\n}",
        Some("ing"),
    ),
    (
        "rust",
        "use axum::{routing::get, Router};\n\n#[tokio::ma‸]",
        Some("in"),
    ),
    (
        "rust",
        "#[tokio::main]\nasync fn main() {\n    tracing_subscriber::fmt::in‸\n}",
        Some("it()"),
    ),
    (
        "rust",
        "#[tokio::main]\nasync fn main() {\n    let app = Router::new().route(\"/\", get(root));\n    let listener = tokio::net::TcpListener::bind(\"0.0.0.0:3000\").await.unwrap();\n    axum::serve(listener, app).await.unw‸\n}",
        Some("rap()"),
    ),
    (
        "rust",
        "#[tokio::main]\nasync fn main() {\n    let listener = tokio::net::TcpListener::bind(\"0.0.0.0:3000\").aw‸\n}",
        Some("ait"),
    ),
    (
        "rust",
        "async fn get_user(Path(id): Path<i64>, State(pool): State<PgPool>) -> Result<Json<User>, AppError> {\n    let user = sqlx::query_as::<_, User>(\"SELECT * FROM users WHERE id = $1\")\n        .bind(id)\n        .fetch_one(&pool)\n        .await?;\n    Ok(Json(us‸))\n}",
        Some("er"),
    ),
    (
        "rust",
        "impl IntoResponse for AppError {\n    fn into_response(self) -> Response {\n        (StatusCode::INTERNAL_SERVER_ERROR, self.0.to_string()).into_‸\n    }\n}",
        Some("response()"),
    ),
    (
        "rust",
        "async fn health() -> impl IntoResponse {\n    StatusCode::O‸\n}",
        Some("K"),
    ),
    (
        "rust",
        "#[tokio::main]\nasync fn main() -> anyhow::Result<()> {\n    let pool = PgPoolOptions::new()\n        .max_connections(5)\n        .connect(&database_url)\n        .aw‸",
        Some("ait"),
    ),
    (
        "rust",
        "#[tokio::main]\nasync fn main() {\n    let port = std::env::var(\"PORT\").unwrap_or_else(|_| \"3000\".to_string());\n    let addr = format!(\"0.0.0.0:{}\", po‸)",
        Some("rt"),
    ),
    (
        "rust",
        "#[tokio::main]\nasync fn main() {\n    let listener = tokio::net::TcpListener::bind(\"0.0.0.0:3000\").await.unwrap();\n    tracing::in‸",
        Some("fo!()"),
    ),
    (
        "rust",
        "#[derive(Serialize)]\nstruct ErrorResponse {\n    message: String,\n}\n\nasync fn not_found() -> impl IntoResponse {\n    (StatusCode::NOT_FOUND, Json(ErrorResponse { mes‸ }))",
        Some("sage"),
    ),
    (
        "rust",
        "use actix_web::{get, web, App, HttpResponse, HttpServer, Responder};\n\n#[get(\"/\")]\nasync fn hello() -> impl Res‸",
        Some("ponder"),
    ),
    (
        "rust",
        "#[actix_web::main]\nasync fn main() -> std::io::Result<()> {\n    HttpServer::new(|| App::new().service(hello))\n        .bind((\"127.0.0.1\", 8080))?\n        .run()\n        .aw‸",
        Some("ait"),
    ),
    (
        "rust",
        "use actix_web::{get, web, App, HttpResponse, HttpServer, Responder};\n\n#[actix_web::main]\nasync fn main() -> std::io::Res‸",
        Some("ult"),
    ),
    (
        "rust",
        "#[get(\"/\")]\nasync fn index() -> impl Responder {\n    HttpResponse::Ok().json(‸)",
        None,
    ),
    (
        "rust",
        "#[get(\"/\")]\nasync fn index() -> impl Responder {\n    HttpResponse::Ok().bo‸",
        Some("dy()"),
    ),
    (
        "rust",
        "async fn create_user(Json(payload): Json<CreateUser>) -> impl IntoResponse {\n    let user = User { id: 1, name: payload.name };\n    (StatusCode::CREATED, Json(us‸))",
        Some("er"),
    ),
    (
        "rust",
        "#[tokio::main]\nasync fn main() {\n    let pool = PgPoolOptions::new().connect(&url).await.unwrap();\n    let state = AppState { db: po‸ };",
        Some("ol"),
    ),
    (
        "rust",
        "use axum::{\n    extract::{Path, State},\n    http::StatusCode,\n    routing::{get, post},\n    Json, Rou‸",
        Some("ter"),
    ),
    ("rust", "use serde::{Deserialize, Ser‸}", Some("ialize")),
    ("rust", "use sqlx::postgres::PgPoolOpt‸", Some("ions")),
    (
        "rust",
        "async fn list(State(pool): State<PgPool>) -> Result<String, AppError> {\n    let rows = sqlx::query(\"SELECT id, name FROM users\")\n        .fetch_all(&pool)\n        .await?;\n    for row in ro‸",
        Some("ws"),
    ),
    (
        "rust",
        "#[derive(Debug, thiserror::Error)]\nenum AppError {\n    #[error(\"not found\")]\n    NotFound,\n    #[error(transparent)]\n    Sqlx(#[from] sqlx::Er‸",
        Some("ror"),
    ),
    (
        "rust",
        "impl From<sqlx::Error> for AppError {\n    fn from(err: sqlx::Error) -> Self {\n        AppError::Database(er‸",
        Some("r"),
    ),
    (
        "rust",
        "impl From<sqlx::Error> for AppError {\n    fn from(err: sqlx::Error) -> Se‸",
        Some("lf"),
    ),
    (
        "rust",
        "async fn handler(State(pool): State<PgPool>) -> Response {\n    match fetch(&pool).await {\n        Ok(user) => (StatusCode::OK, Json(user)).into_response(),\n        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_‸",
        Some("response()"),
    ),
    (
        "rust",
        "let app = Router::new().route(\"/\", get(root)).layer(TraceLayer::new_for_h‸",
        Some("ttp()"),
    ),
    ("rust", "async fn main() {\n    ‸\n}", None),
    ("go", "func main() {\n\tr := gin.Def‸", Some("ault()")),
    (
        "go",
        "func main() {\n\tr := gin.Default()\n\tr.GET(\"/ping\", func(c *gin.Con‸",
        Some("text"),
    ),
    (
        "go",
        "func main() {\n\tr := gin.Default()\n\tr.GET(\"/ping\", func(c *gin.Context) {\n\t\tc.JSON(http.Sta‸",
        Some("tusOK"),
    ),
    (
        "go",
        "func main() {\n\tr := gin.Default()\n\tr.GET(\"/ping\", func(c *gin.Context) {\n\t\tc.JSON(http.StatusOK, gin.‸",
        Some("H{"),
    ),
    (
        "go",
        "func main() {\n\tr := gin.Default()\n\tr.GET(\"/ping\", ping)\n\tr.Ru‸",
        Some("n()"),
    ),
    (
        "go",
        "func createUser(c *gin.Context) {\n\tvar req CreateUserRequest\n\tif err := c.ShouldBindJSON(&req); err != nil {\n\t\tc.JSON(http.StatusBadRequest, gin.H{\"error\": err.Er‸",
        Some("ror()"),
    ),
    (
        "go",
        "func createUser(c *gin.Context) {\n\tvar req CreateUserRequest\n\tif err := c.ShouldBindJSON(&re‸",
        Some("q"),
    ),
    (
        "go",
        "func getUser(c *gin.Context) {\n\tid := c.Pa‸",
        Some("ram()"),
    ),
    (
        "go",
        "func main() {\n\thttp.HandleFunc(\"/hello\", hello)\n\tlog.Fatal(http.ListenAndServe(\":8080\", ni‸",
        Some("l"),
    ),
    (
        "go",
        "func hello(w http.ResponseWriter, r *http.Req‸",
        Some("uest"),
    ),
    (
        "go",
        "func hello(w http.ResponseWriter, r *http.Request) {\n\tw.Header().Set(\"Content-Type\", \"application/js‸\")",
        Some("on"),
    ),
    (
        "go",
        "func hello(w http.ResponseWriter, r *http.Request) {\n\tjson.NewEncoder(w).Enc‸",
        Some("ode()"),
    ),
    (
        "go",
        "func create(w http.ResponseWriter, r *http.Request) {\n\tvar u User\n\tif err := json.NewDecoder(r.Body).Decode(&u); err != nil {\n\t\thttp.Error(w, err.Error(), http.StatusBadRe‸",
        Some("quest"),
    ),
    (
        "go",
        "func listUsers(db *sql.DB) ([]User, error) {\n\trows, err := db.Query(\"SELECT id, name FROM users\")\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tdefer rows.Cl‸",
        Some("ose()"),
    ),
    (
        "go",
        "func listUsers(db *sql.DB) ([]User, error) {\n\trows, err := db.Query(\"SELECT id, name FROM users\")\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tdefer rows.Close()\n\tvar users []User\n\tfor rows.Ne‸",
        Some("xt() {"),
    ),
    (
        "go",
        "func main() {\n\tdb, err := sql.Open(\"postgres\", os.Getenv(\"DATABASE_URL\"))\n\tif err != nil {\n\t\tlog.Fat‸",
        Some("al(err)"),
    ),
    (
        "go",
        "func main() {\n\tquit := make(chan os.Signal, 1)\n\tsignal.Notify(quit, syscall.SIGINT, syscall.SIGTE‸",
        Some("RM"),
    ),
    (
        "go",
        "func main() {\n\tctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)\n\tdefer can‸",
        Some("cel()"),
    ),
    (
        "go",
        "func main() {\n\tctx, cancel := context.WithTimeout(context.Backg‸",
        Some("round()"),
    ),
    (
        "go",
        "func main() {\n\tgo func() {\n\t\tif err := srv.ListenAndServe(); err != nil && err != http.ErrServerCl‸",
        Some("osed"),
    ),
    (
        "go",
        "func main() {\n\tquit := make(chan os.Signal, 1)\n\tsignal.Notify(quit, os.Interrupt)\n\t<-qu‸",
        Some("it"),
    ),
    (
        "go",
        "func Logger() gin.HandlerFunc {\n\treturn func(c *gin.Context) {\n\t\tstart := time.Now()\n\t\tc.Ne‸",
        Some("xt()"),
    ),
    (
        "go",
        "func Logger() gin.HandlerFunc {\n\treturn func(c *gin.Context) {\n\t\tstart := time.Now()\n\t\tc.Next()\n\t\tlog.Printf(\"%s %s %v\", c.Request.Method, c.Request.URL.Path, time.Since(st‸",
        Some("art"),
    ),
    (
        "go",
        "func authMiddleware(next http.Handler) http.Handler {\n\treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n\t\ttoken := r.Header.Get(\"Authorization\")\n\t\tif token == \"\" {\n\t\t\thttp.Error(w, \"unauthorized\", http.StatusUnauth‸",
        Some("orized"),
    ),
    (
        "go",
        "func authMiddleware(next http.Handler) http.Handler {\n\treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n\t\tnext.ServeH‸",
        Some("TTP()"),
    ),
    (
        "go",
        "type User struct {\n\tID   int    `json:\"id\"`\n\tName string `json:\"na‸",
        Some("me\"`"),
    ),
    (
        "go",
        "func getName(db *sql.DB, id int) (string, error) {\n\tvar name string\n\trow := db.QueryRow(\"SELECT name FROM users WHERE id = $1\", id)\n\tif err := row.Sc‸",
        Some("an()"),
    ),
    (
        "go",
        "func getUser(c *gin.Context) {\n\tif user == nil {\n\t\tc.JSON(http.StatusNotFound, gin.H{\"error\": \"user not found\"})\n\t\tret‸",
        Some("urn"),
    ),
    (
        "go",
        "func main() {\n\tr := gin.Default()\n\tapi := r.Group(\"/api\")\n\tapi.GET(\"/users\", listUsers)\n\tapi.POST(\"/users\", crea‸\n}\n\nfunc listUsers(c *gin.Context) {\n}\n\nfunc createUser(c *gin.Context) {\n}",
        Some("teUser"),
    ),
    (
        "go",
        "func main() {\n\tmux := http.NewServeMux()\n\tmux.HandleFunc(\"/health\", func(w http.ResponseWriter, r *http.Request) {\n\t\tw.WriteHeader(http.StatusO‸",
        Some("K"),
    ),
    (
        "go",
        "func main() {\n\tmux := http.NewServeMux()\n\tmux.HandleFunc(\"/health\", func(w http.ResponseWriter, r *http.Request) {\n\t\tw.Write([]byte(\"ok‸\"))",
        None,
    ),
    (
        "go",
        "func check(ctx context.Context, db *sql.DB) error {\n\terr := db.PingContext(ct‸",
        Some("x"),
    ),
    ("go", "func main() {\n\t‸\n}", None),
    (
        "java",
        "@RestController\n@RequestMapping(\"/api/users\")\npublic class UserController {\n\n    private final UserService userService;\n\n    public UserController(UserService userService) {\n        this.userService = user‸",
        Some("Service"),
    ),
    (
        "java",
        "@RestController\npublic class UserController {\n    @GetMapping(\"/{id}\")\n    public ResponseEntity<User> getUser(@PathVariable Long id) {\n        return userService.findById(id)\n                .map(ResponseEntity::ok)\n                .orElse(ResponseEntity.notFound().bu‸",
        Some("ild())"),
    ),
    (
        "java",
        "@RestController\npublic class UserController {\n    @PostMapping\n    public ResponseEntity<User> createUser(@RequestBody User user) {\n        return ResponseEntity.ok(userService.save(us‸",
        Some("er"),
    ),
    (
        "java",
        "@RestController\npublic class UserController {\n    @GetMa‸",
        Some("pping"),
    ),
    (
        "java",
        "@RestController\npublic class UserController {\n    @GetMapping\n    public List<User> getAll() {\n        return userRepository.findA‸",
        Some("ll()"),
    ),
    (
        "java",
        "@Entity\n@Table(name = \"users\")\npublic class User {\n    @Id\n    @GeneratedValue(strategy = GenerationType.IDEN‸",
        Some("TITY"),
    ),
    (
        "java",
        "@Entity\npublic class User {\n    @Id\n    @GeneratedValue(strategy = GenerationType.‸)",
        None,
    ),
    (
        "java",
        "@Service\npublic class UserService {\n    @Autowi‸",
        Some("red"),
    ),
    (
        "java",
        "@Service\npublic class UserService {\n    private final UserRepository userRepository;\n\n    public Optional<User> findById(Long id) {\n        return userRepository.findBy‸",
        Some("Id()"),
    ),
    (
        "java",
        "@Service\npublic class UserService {\n    public User getUser(Long id) {\n        return userRepository.findById(id)\n                .orElseThrow(() -> new UserNotFoundException(i‸",
        Some("d"),
    ),
    (
        "java",
        "@Service\npublic class UserService {\n    public User getUser(Long id) {\n        return userRepository.findById(id).orElseTh‸",
        Some("row()"),
    ),
    (
        "java",
        "@RestControllerAdvice\npublic class GlobalExceptionHandler {\n    @ExceptionHandler(UserNotFoundException.cl‸",
        Some("ass"),
    ),
    (
        "java",
        "@RestControllerAdvice\npublic class GlobalExceptionHandler {\n    @ExceptionHandler(UserNotFoundException.class)\n    public ResponseEntity<String> handleNotFound(UserNotFoundException ex) {\n        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ex.getMes‸",
        Some("sage()"),
    ),
    (
        "java",
        "@RestControllerAdvice\npublic class GlobalExceptionHandler {\n    public ResponseEntity<String> handleNotFound(UserNotFoundException ex) {\n        return ResponseEntity.status(HttpStatus.NOT_FO‸",
        Some("UND"),
    ),
    (
        "java",
        "@SpringBootApplication\npublic class DemoApplication {\n    public static void main(String[] args) {\n        SpringApplication.run(DemoApplication.cl‸",
        Some("ass"),
    ),
    (
        "java",
        "@SpringBootApplication\npublic class DemoApplication {\n    public static void main(String[] args) {\n        SpringApplication.run(‸)",
        Some("DemoApplication.class, args"),
    ),
    (
        "java",
        "@RestController\npublic class UserController {\n    @PutMapping(\"/{id}\")\n    public ResponseEntity<User> update(@PathVariable Long id, @RequestBody User us‸",
        Some("er"),
    ),
    (
        "java",
        "@RestController\npublic class UserController {\n    @DeleteMapping(\"/{id}\")\n    public ResponseEntity<Void> delete(@PathVariable Long id) {\n        userService.deleteById(id);\n        return ResponseEntity.noContent().bu‸",
        Some("ild();"),
    ),
    (
        "java",
        "@Entity\npublic class User {\n    @Column(nullable = false, unique = tr‸",
        Some("ue"),
    ),
    (
        "java",
        "@Entity\npublic class User {\n    private String name;\n\n    public String getName() {\n        return na‸",
        Some("me;"),
    ),
    (
        "java",
        "@Entity\npublic class User {\n    private String name;\n\n    public void setName(String name) {\n        this.name = na‸",
        Some("me;"),
    ),
    (
        "java",
        "public class CreateUserRequest {\n    @NotBl‸",
        Some("ank"),
    ),
    (
        "java",
        "@Service\npublic class UserService {\n    private static final Logger log = LoggerFactory.getLogger(UserService.cl‸",
        Some("ass"),
    ),
    (
        "java",
        "@Service\npublic class UserService {\n    private static final Logger log = LoggerFactory.getLogger(‸)",
        Some("UserService.class"),
    ),
    (
        "java",
        "@Service\npublic class UserService {\n    @Transactional\n    public User save(User user) {\n        return userRepository.sa‸",
        Some("ve()"),
    ),
    (
        "java",
        "public interface UserRepository extends JpaRepository<User, Long> {\n    Optional<User> findByEmail(String em‸",
        Some("ail"),
    ),
    (
        "java",
        "@RestController\npublic class UserController {\n    @PostMapping\n    public ResponseEntity<User> create(@RequestBody User user) {\n        User saved = userService.save(user);\n        return ResponseEntity.created(URI.create(\"/api/users/\" + saved.getId())).body(sav‸",
        Some("ed"),
    ),
    (
        "java",
        "@ResponseStatus(HttpStatus.NOT_FOUND)\npublic class UserNotFoundException extends RuntimeExc‸",
        Some("eption"),
    ),
    (
        "java",
        "public class UserNotFoundException extends RuntimeException {\n    public UserNotFoundException(Long id) {\n        super(\"User not found: \" + i‸",
        Some("d"),
    ),
    ("java", "@RestControllerAdv‸", Some("ice")),
    (
        "java",
        "@Service\npublic class UserService {\n    private final UserRepository repo;\n\n    public UserService(UserRepository re‸",
        Some("po"),
    ),
    (
        "java",
        "@Entity\npublic class User {\n    private String email;\n\n    public String getEmail() {\n        return ‸",
        Some("email;"),
    ),
    (
        "java",
        "@Service\npublic class UserService {\n    public void run() {\n        ‸\n    }\n}",
        None,
    ),
    (
        "typescript",
        "@Controller('users')\nexport class UsersController {\n  constructor(private readonly usersService: UsersSer‸",
        Some("vice"),
    ),
    (
        "typescript",
        "@Controller('users')\nexport class UsersController {\n  constructor(private readonly usersService: UsersService) {}\n\n  @Get(':id')\n  findOne(@Param('id') id: string) {\n    return this.usersService.findOne(+i‸",
        Some("d"),
    ),
    (
        "typescript",
        "@Controller('users')\nexport class UsersController {\n  @Post()\n  create(@Body() createUserDto: CreateUserDto) {\n    return this.usersService.create(createU‸",
        Some("serDto"),
    ),
    ("typescript", "@Injec‸", Some("table()")),
    (
        "typescript",
        "@Injectable()\nexport class UsersService {\n  constructor(private prisma: PrismaService) {}\n\n  async findAll() {\n    return this.prisma.user.findM‸",
        Some("any()"),
    ),
    (
        "typescript",
        "export class CreateUserDto {\n  @IsString()\n  name: string;\n\n  @IsEm‸",
        Some("ail()"),
    ),
    (
        "typescript",
        "import express, { Request, Response, NextFunction } from 'expr‸",
        Some("ess'"),
    ),
    (
        "typescript",
        "import express from 'express';\n\nconst app = express();\napp.use(express.js‸",
        Some("on()"),
    ),
    (
        "typescript",
        "app.get('/users/:id', async (req: Request, res: Response) => {\n  const user = await prisma.user.findUnique({ where: { id: Number(req.params.i‸",
        Some("d)"),
    ),
    (
        "typescript",
        "app.get('/users/:id', async (req: Request, res: Response) => {\n  if (!user) {\n    res.sta‸",
        Some("tus()"),
    ),
    (
        "typescript",
        "app.get('/users/:id', async (req: Request, res: Response) => {\n  if (!user) {\n    return res.status(404).js‸",
        Some("on()"),
    ),
    (
        "typescript",
        "const PORT = process.env.PORT || 30‸",
        Some("00"),
    ),
    (
        "typescript",
        "const PORT = process.env.PORT || 3000;\napp.listen(PORT, () => {\n  console.log(`Server running on port ${PO‸",
        Some("RT"),
    ),
    (
        "typescript",
        "import { z } from 'zod';\n\nconst userSchema = z.object({\n  name: z.string().mi‸",
        Some("n()"),
    ),
    (
        "typescript",
        "import { z } from 'zod';\n\nconst userSchema = z.object({\n  name: z.string().min(1),\n  email: z.string().ema‸",
        Some("il()"),
    ),
    (
        "typescript",
        "app.use((err: Error, req: Request, res: Response, next: NextFun‸",
        Some("ction) => {"),
    ),
    (
        "typescript",
        "export interface User {\n  id: number;\n  name: string;\n  email: str‸",
        Some("ing"),
    ),
    (
        "typescript",
        "const userSchema = z.object({ name: z.string() });\ntype CreateUserInput = z.infer<typeof userSch‸",
        Some("ema"),
    ),
    (
        "typescript",
        "@Entity()\nexport class User {\n  @PrimaryGeneratedColu‸",
        Some("mn()"),
    ),
    (
        "typescript",
        "@Entity()\nexport class User {\n  @PrimaryGeneratedColumn()\n  id: number;\n\n  @Column()\n  name: str‸",
        Some("ing"),
    ),
    (
        "typescript",
        "@Injectable()\nexport class UsersService {\n  constructor(\n    @InjectRepository(User)\n    private usersRepository: Repository<Us‸",
        Some("er"),
    ),
    (
        "typescript",
        "@Injectable()\nexport class UsersService {\n  async remove(id: number): Promise<void> {\n    await this.usersRepository.delete(i‸",
        Some("d"),
    ),
    (
        "typescript",
        "async function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  await app.listen(process.env.PORT ?? 30‸",
        Some("00);"),
    ),
    (
        "typescript",
        "import express from 'express';\n\nconst router = express.Rou‸",
        Some("ter()"),
    ),
    (
        "typescript",
        "router.get('/', async (req, res, next) => {\n  try {\n    const users = await prisma.user.findMany();\n    res.json(use‸",
        Some("rs"),
    ),
    (
        "typescript",
        "router.get('/', async (req, res, next) => {\n  try {\n    const users = await prisma.user.findMany();\n    res.json(users);\n  } catch (err) {\n    next(er‸",
        Some("r"),
    ),
    (
        "typescript",
        "const router = express.Router();\n\nrouter.get('/', (req, res) => res.send('ok'));\n\nexport default rou‸",
        Some("ter"),
    ),
    (
        "typescript",
        "const dbUrl = process.env.DATABASE_URL ?? 'postgres://localhost:5432/‸'",
        None,
    ),
    (
        "typescript",
        "async function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  await app.listen(3000);\n}\nboots‸",
        Some("trap"),
    ),
    (
        "typescript",
        "@Controller('users')\nexport class UsersController {\n  @Get()\n  findAll(@Query('page') pa‸",
        Some("ge"),
    ),
    (
        "typescript",
        "app.use((err: Error, req: Request, res: Response, next: NextFunction) => {\n  res.status(500).json({ message: err.mess‸",
        Some("age"),
    ),
    (
        "typescript",
        "import { Request } from 'express';\n\ninterface AuthRequest extends Req‸",
        Some("uest"),
    ),
    (
        "typescript",
        "@Injectable()\nexport class UsersService {\n  async create(data: CreateUserDto) {\n    ‸\n  }\n}",
        None,
    ),
    (
        "go",
        "func handle(ctx *gin.Context) {\n\tname := ctx.Qu‸",
        Some("ery()"),
    ),
    (
        "go",
        "func main() {\n\trouter := gin.Default()\n\trouter.Ru‸",
        Some("n()"),
    ),
    (
        "go",
        "func main() {\n\tserver := &http.Server{Addr: \":8080\"}\n\tif err := server.Shut‸",
        Some("down()"),
    ),
    (
        "go",
        "func load(db *sql.DB) error {\n\trow := db.QueryRow(\"SELECT 1\")\n\treturn row.Sc‸",
        Some("an()"),
    ),
    (
        "go",
        "func getItem(w http.ResponseWriter, r *http.Request) {\n\tif id == \"\" {\n\t\thttp.Error(w, \"missing id\", http.StatusBadRequest)\n\t\tret‸",
        Some("urn"),
    ),
    (
        "go",
        "func count() int {\n\tif n == 0 {\n\t\tret‸",
        Some("urn "),
    ),
    (
        "go",
        "func (s *Store) Save(u User) error {\n\tret‸",
        Some("urn "),
    ),
    (
        "go",
        "func main() {\n\tdata, err := os.ReadFile(\"a.txt\")\n\tif err != nil {\n\t\tlog.F‸",
        Some("atal(err)"),
    ),
    ("go", "func main() {\n\tlog.Fat‸", None),
    (
        "go",
        "func create(c *gin.Context) {\n\tc.JSON(http.StatusCreated, gin.‸)",
        Some("H"),
    ),
    ("go", "func main() {\n\tr := gin.‸", None),
    (
        "go",
        "func main() {\n\tsrv := &http.Server{Addr: \":30‸",
        Some("00\""),
    ),
    (
        "go",
        "func main() {\n\tsrv := &http.Server{Addr: \":8‸",
        None,
    ),
    (
        "go",
        "func main() {\n\trows, err := db.Query(\"SELECT id FROM t\")\n\tif err != nil {\n\t\treturn\n\t}\n\tdefer rows.‸",
        Some("Close()"),
    ),
    (
        "typescript",
        "const app = express();\napp.listen(30‸)",
        Some("00"),
    ),
    (
        "typescript",
        "const port = process.env.PORT ?? 808‸",
        Some("0"),
    ),
    ("typescript", "const port = process.env.PORT || 8‸", None),
    ("typescript", "const total = count + 30‸", None),
    (
        "rust",
        "fn f() -> StatusCode {\n    StatusCode::NOT_F‸",
        Some("OUND"),
    ),
    (
        "rust",
        "async fn made() -> impl Responder {\n    HttpResponse::Created().js‸",
        Some("on()"),
    ),
    (
        "rust",
        "async fn index() -> impl Responder {\n    HttpResponse::Ok().‸",
        None,
    ),
    ("rust", "async fn run() {\n    tracing::wa‸", Some("rn!()")),
    ("rust", "use serde::{Serialize, Deser‸}", Some("ialize")),
    ("rust", "use sqlx::{PgPool, Fro‸", Some("mRow")),
    (
        "rust",
        "async fn connect(url: &str) {\n    let pool = PgPoolOptions::new().connect(url).aw‸",
        Some("ait"),
    ),
    (
        "rust",
        "async fn start(app: App) -> std::io::Result<()> {\n    HttpServer::new(app)\n        .bind(addr)?\n        .run()\n        .aw‸",
        Some("ait"),
    ),
    (
        "rust",
        "fn main() {\n    let v: Vec<i32> = items.into_‸",
        None,
    ),
    (
        "rust",
        "fn main() {\n    let rows = load();\n    for row in ro‸",
        Some("ws"),
    ),
    ("rust", "use std::collections::{HashMap, Has‸", None),
    (
        "java",
        "@RestController\npublic class OrderController {\n    @PostMa‸",
        Some("pping"),
    ),
    (
        "java",
        "@Service\npublic class OrderService {\n    @Transac‸",
        Some("tional"),
    ),
    ("java", "@Entit‸", Some("y")),
    (
        "java",
        "public class OrderController {\n    @GetMapping(\"/{id}\")\n    public ResponseEntity<Order> get(@PathVariable Long id) {\n        return ResponseEntity.badRequest().bo‸",
        Some("dy()"),
    ),
    (
        "java",
        "public class OrderController {\n    public ResponseEntity<Void> delete(@PathVariable Long id) {\n        return ResponseEntity.noContent().‸",
        Some("build();"),
    ),
    (
        "java",
        "public class OrderController {\n    public ResponseEntity<Order> create() {\n        return ResponseEntity.status(HttpStatus.CRE‸",
        Some("ATED"),
    ),
    (
        "java",
        "@Service\npublic class OrderService {\n    private final OrderRepository orderRepository;\n    public List<Order> all() {\n        return orderRepository.findA‸",
        Some("ll()"),
    ),
    (
        "java",
        "@Service\npublic class OrderService {\n    public Order add(Order order) {\n        return repo.sa‸",
        Some("ve()"),
    ),
    (
        "java",
        "@RestController\npublic class OrderController {\n    private static final Logger logger = LoggerFactory.getLogger(‸)",
        Some("OrderController.class"),
    ),
    (
        "java",
        "@RestControllerAdvice\npublic class Handler {\n    @ExceptionHandler(OrderNotFoundException.cl‸)",
        Some("ass"),
    ),
    (
        "java",
        "public class OrderController {\n    public Order update(@PathVariable Long id, @RequestBody Order or‸",
        Some("der"),
    ),
    (
        "java",
        "public interface OrderRepository extends JpaRepository<Order, Long> {\n    List<Order> findByCustomer(Customer cu‸",
        Some("stomer"),
    ),
    (
        "java",
        "public class OrderController {\n    public Order add(@RequestBody Order o‸",
        None,
    ),
    (
        "java",
        "@Service\npublic class OrderService {\n    public Order save(Order order) {\n        return orderRepository.save(or‸",
        Some("der"),
    ),
    (
        "java",
        "@Component\npublic class Config {\n    @Value(\"${app.na‸\")",
        None,
    ),
    (
        "java",
        "@RestControllerAdvice\npublic class Handler {\n    @ExceptionHandler(OrderNotFoundException.class)\n    public ResponseEntity<String> handle(OrderNotFoundException e) {\n        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(e.getMe‸",
        Some("ssage()"),
    ),
    (
        "java",
        "@Service\npublic class OrderService {\n    public Order get(Long id) {\n        return orderRepository.findById(id).orEl‸",
        None,
    ),
    (
        "typescript",
        "@Entity()\nexport class Order {\n  @Prim‸",
        Some("aryGeneratedColumn()"),
    ),
    (
        "typescript",
        "@Controller('orders')\nexport class OrdersController {\n  constructor(private readonly ordersService: OrdersSe‸",
        Some("rvice"),
    ),
    (
        "typescript",
        "@Injectable()\nexport class MailService {\n  constructor(private readonly config: Conf‸",
        None,
    ),
    (
        "typescript",
        "@Controller('posts')\nexport class PostsController {\n  @Get(':slug')\n  findOne(@Param('slug') sl‸",
        Some("ug"),
    ),
    (
        "typescript",
        "@Injectable()\nexport class PostsService {\n  async findOne(id: number) {\n    return this.prisma.post.findU‸",
        Some("nique()"),
    ),
    (
        "typescript",
        "app.post('/orders', async (req: Request, res: Response) => {\n  const order = await prisma.order.crea‸",
        Some("te()"),
    ),
    (
        "typescript",
        "@Injectable()\nexport class OrdersService {\n  findOne(id: number) {\n    return this.ordersRepository.findOneB‸",
        Some("y()"),
    ),
    (
        "typescript",
        "import { z } from 'zod';\nconst schema = z.‸",
        None,
    ),
    (
        "typescript",
        "import { z } from 'zod';\nconst orderSchema = z.object({\n  total: z.number().posi‸",
        Some("tive()"),
    ),
    (
        "typescript",
        "app.get('/orders', (req: Request, res: Response) => {\n  res.sta‸",
        Some("tus()"),
    ),
    (
        "typescript",
        "app.use((err: Error, req: Request, res: Response, next: NextFunction) => {\n  console.error(err.sta‸",
        Some("ck"),
    ),
    (
        "typescript",
        "app.get('/orders/:id', async (req: Request, res: Response) => {\n  const order = await db.find({ id: Number(req.params.‸",
        Some("id)"),
    ),
    (
        "typescript",
        "@Injectable()\nexport class OrdersService {\n  constructor(\n    private ordersRepository: Repository<Ord‸",
        None,
    ),
    ("typescript", "@Inje‸", Some("ctable()")),
    // Seventeenth round (r17a): a programmer's second month in Python, JavaScript and TypeScript (regular expressions, dates, the command line, CSV, SQL, HTTP clients, classes and interfaces, enums and unions, errors, tests, grid searches, memoized recursion, maps of lists, sorting by keys, closures, async), written blind; then look-alikes of each new rule with other names, editors' auto-closed brackets, and cases left alone.
    (
        "python",
        "import re\ntext = input()\npattern = re.compile(r\"\\w+\")\nwords = pattern.‸",
        Some("findall()"),
    ),
    (
        "python",
        "import re\ntext = open(\"log.txt\").read()\nemails = re.findall(r\"[\\w.]+@[\\w.]+\", ‸",
        Some("text)"),
    ),
    (
        "python",
        "import re\ntext = input()\nclean = re.sub(r\"\\s+\", \" \", ‸",
        Some("text)"),
    ),
    ("python", "import re\nif re.‸", None),
    (
        "python",
        "from datetime import datetime\nnow = datetime.‸",
        Some("now()"),
    ),
    (
        "python",
        "from datetime import datetime\nd = datetime.strptime(s, \"%Y-%m-%d‸",
        Some("\")"),
    ),
    (
        "python",
        "from datetime import date\ntoday = date.‸",
        Some("today()"),
    ),
    (
        "python",
        "from datetime import date\nbirthday = date(2000, 5, 17)\nage_days = (date.today() - birthday).‸",
        Some("days"),
    ),
    (
        "python",
        "import time\nstart = time.time()\ndo_work()\nelapsed = ‸",
        Some("time.time() - start"),
    ),
    (
        "python",
        "import argparse\nparser = argparse.‸",
        Some("ArgumentParser()"),
    ),
    (
        "python",
        "import argparse\nparser = argparse.ArgumentParser()\nparser.add_argument(\"--verbose\", action=\"‸",
        Some("store_true\")"),
    ),
    (
        "python",
        "import argparse\nparser = argparse.ArgumentParser()\nparser.add_argument(\"filename\")\nargs = parser.‸",
        Some("parse_args()"),
    ),
    (
        "python",
        "import sys\nif len(sys.argv) < 2:\n    print(\"usage: prog FILE\")\n    sys.‸",
        Some("exit(1)"),
    ),
    ("python", "import sys\nfilename = sys.argv[‸", Some("1]")),
    (
        "python",
        "import csv\nwith open(\"data.csv\", newline=\"\") as f:\n    reader = csv.‸",
        Some("reader()"),
    ),
    (
        "python",
        "import csv\nwith open(\"data.csv\", newline=\"\") as f:\n    reader = csv.DictReader(f)\n    for row in ‸",
        Some("reader:"),
    ),
    (
        "python",
        "import csv\nwith open(\"out.csv\", \"w\", newline=\"\") as f:\n    writer = csv.DictWriter(f, fieldnames=fields)\n    writer.‸",
        Some("writeheader()"),
    ),
    (
        "python",
        "import sqlite3\nconn = sqlite3.‸",
        Some("connect()"),
    ),
    (
        "python",
        "import sqlite3\nconn = sqlite3.connect(\"app.db\")\ncur = conn.‸",
        Some("cursor()"),
    ),
    (
        "python",
        "import requests\nr = requests.get(url)\ndata = r.‸",
        Some("json()"),
    ),
    (
        "python",
        "import requests\nr = requests.get(url)\nif r.status_code == ‸",
        Some("200:"),
    ),
    (
        "python",
        "import requests\nresponse = requests.get(\"https://api.github.com/users/octocat\", timeout=‸",
        None,
    ),
    (
        "python",
        "class Animal:\n    def __init__(self, name):\n        self.name = name\n\nclass Dog(Animal):\n    def __init__(self, name, breed):\n        super().‸",
        Some("__init__("),
    ),
    (
        "python",
        "class Shape:\n    def area(self):\n        raise ‸",
        Some("NotImplementedError"),
    ),
    (
        "python",
        "from abc import ABC, abstractmethod\n\nclass Shape(ABC):\n    @‸",
        Some("abstractmethod"),
    ),
    (
        "python",
        "class Point:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n\n    def __repr__(self):\n        return f\"Point(‸",
        Some("{self.x}, {self.y})\""),
    ),
    (
        "python",
        "class Point:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n\n    def __eq__(self, other):\n        return self.x == other.x and ‸",
        Some("self.y == other.y"),
    ),
    (
        "python",
        "class Person:\n    def __init__(self, name):\n        self.name = name\n\n    def __str__(self):\n        return ‸",
        None,
    ),
    (
        "python",
        "from enum import Enum\n\nclass Color(‸",
        Some("Enum):"),
    ),
    (
        "python",
        "from enum import Enum\n\nclass Color(Enum):\n    RED = 1\n    GREEN = 2\n    BLUE = ‸",
        Some("3"),
    ),
    (
        "python",
        "match command:\n    case \"quit\":\n        break\n    case _:\n        print(‸",
        None,
    ),
    (
        "python",
        "match point:\n    case (0, 0):\n        print(\"origin\")\n    case ‸",
        None,
    ),
    (
        "python",
        "class ValidationError(Exception):\n    pass\n\ndef check(age):\n    if age < 0:\n        raise ‸",
        Some("ValidationError("),
    ),
    (
        "python",
        "try:\n    n = int(s)\nexcept ‸",
        Some("ValueError:"),
    ),
    (
        "python",
        "try:\n    f = open(path)\nexcept ‸",
        Some("FileNotFoundError:"),
    ),
    (
        "python",
        "import json\ntry:\n    data = json.loads(text)\nexcept json.‸",
        Some("JSONDecodeError:"),
    ),
    (
        "python",
        "def set_age(age):\n    if age < 0:\n        raise ValueError(f\"invalid age: {‸",
        Some("age}\")"),
    ),
    (
        "python",
        "import unittest\n\nclass TestMath(unittest.‸",
        Some("TestCase):"),
    ),
    (
        "python",
        "import unittest\n\nclass TestMath(unittest.TestCase):\n    def test_add(self):\n        self.assertEqual(add(1, 2), 3)\n\nif __name__ == \"__main__\":\n    unittest.‸",
        Some("main()"),
    ),
    (
        "python",
        "import pytest\n\ndef test_divide_by_zero():\n    with pytest.‸",
        Some("raises()"),
    ),
    (
        "python",
        "def test_add():\n    assert add(2, 3) == ‸",
        Some("5"),
    ),
    (
        "python",
        "def binary_search(arr, target):\n    lo, hi = 0, len(arr) - 1\n    while lo <= hi:\n        mid = ‸",
        Some("(lo + hi) // 2"),
    ),
    (
        "python",
        "def binary_search(arr, target):\n    lo, hi = 0, len(arr) - 1\n    while lo <= hi:\n        mid = (lo + hi) // 2\n        if arr[mid] == target:\n            return mid\n        elif arr[mid] < target:\n            lo = ‸",
        Some("mid + 1"),
    ),
    (
        "python",
        "from collections import deque\nqueue = deque([(0, 0)])\nwhile queue:\n    r, c = queue.‸",
        Some("popleft()"),
    ),
    (
        "python",
        "for dr, dc in [(0, 1), (1, 0), (0, -1), ‸",
        Some("(-1, 0)]:"),
    ),
    (
        "python",
        "rows, cols = len(grid), len(grid[0])\nfor dr, dc in dirs:\n    nr, nc = r + dr, ‸",
        Some("c + dc"),
    ),
    (
        "python",
        "rows, cols = len(grid), len(grid[0])\nfor dr, dc in dirs:\n    nr, nc = r + dr, c + dc\n    if 0 <= nr < rows and ‸",
        Some("0 <= nc < cols:"),
    ),
    (
        "python",
        "from functools import lru_cache\n\n@‸",
        Some("lru_cache"),
    ),
    (
        "python",
        "memo = {}\n\ndef fib(n):\n    if n in memo:\n        return ‸",
        Some("memo[n]"),
    ),
    (
        "python",
        "memo = {}\n\ndef fib(n):\n    if n in memo:\n        return memo[n]\n    if n < 2:\n        return n\n    memo[n] = ‸",
        Some("fib(n - 1) + fib(n - 2)"),
    ),
    (
        "python",
        "names = [\"Ann\", \"Bob\"]\nprint(\", \".‸",
        Some("join()"),
    ),
    (
        "python",
        "parts = []\nfor word in words:\n    parts.append(word.upper())\nresult = ‸",
        None,
    ),
    (
        "python",
        "from collections import defaultdict\ngroups = defaultdict(‸",
        Some("list)"),
    ),
    (
        "python",
        "groups = {}\nfor word in words:\n    key = word[0]\n    groups.setdefault(key, []).‸",
        Some("append(word)"),
    ),
    (
        "python",
        "from collections import defaultdict\ngroups = defaultdict(list)\nfor name, grade in pairs:\n    groups[grade].‸",
        Some("append(name)"),
    ),
    (
        "python",
        "groups = {}\nfor word in words:\n    key = len(word)\n    if key not in groups:\n        groups[key] = ‸",
        Some("[]"),
    ),
    ("python", "students.sort(key=lambda s: ‸", None),
    (
        "python",
        "ranking = sorted(scores.items(), key=lambda item: item[1], reverse=‸",
        Some("True)"),
    ),
    (
        "python",
        "by_age = sorted(people, key=lambda p: p.‸",
        Some("age)"),
    ),
    (
        "python",
        "def make_counter():\n    count = 0\n    def increment():\n        ‸",
        Some("nonlocal count"),
    ),
    (
        "python",
        "def make_multiplier(n):\n    def multiply(x):\n        return x * n\n    return ‸",
        Some("multiply"),
    ),
    (
        "python",
        "nums = [1, 2, 3, 4]\nevens = list(filter(lambda x: x % 2 == 0, ‸",
        Some("nums))"),
    ),
    (
        "python",
        "nums = [1, 2, 3]\nsquares = (x * x for x in ‸",
        Some("nums)"),
    ),
    (
        "python",
        "names = [\"a\", \"b\"]\nfor i, name in ‸",
        Some("enumerate(names):"),
    ),
    (
        "python",
        "names = [\"a\", \"b\"]\nscores = [1, 2]\nfor name, score in ‸",
        Some("zip(names, scores):"),
    ),
    (
        "python",
        "import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n\nasyncio.‸",
        Some("run(main())"),
    ),
    (
        "python",
        "import asyncio\n\nasync def fetch_all(urls):\n    tasks = [fetch(url) for url in urls]\n    return await asyncio.‸",
        Some("gather(*tasks)"),
    ),
    (
        "python",
        "import threading\nt = threading.Thread(target=worker)\nt.start()\nt.‸",
        Some("join()"),
    ),
    (
        "python",
        "import threading\nt = threading.‸",
        Some("Thread()"),
    ),
    (
        "python",
        "import threading\nlock = threading.Lock()\nwith ‸",
        Some("lock:"),
    ),
    (
        "python",
        "with open(\"notes.txt\") as f:\n    for line in f:\n        line = line.‸",
        Some("strip()"),
    ),
    (
        "python",
        "from dataclasses import dataclass\n\n@‸",
        Some("dataclass"),
    ),
    (
        "python",
        "counts = {}\nfor ch in text:\n    counts[ch] = counts.get(ch, ‸",
        Some("0) + 1"),
    ),
    (
        "python",
        "from collections import Counter\nc = Counter(words)\nprint(c.‸",
        Some("most_common())"),
    ),
    (
        "python",
        "class Stack:\n    def __init__(self):\n        self.items = []\n\n    def push(self, item):\n        self.items.‸",
        Some("append(item)"),
    ),
    (
        "python",
        "class Stack:\n    def __init__(self):\n        self.items = []\n\n    def pop(self):\n        return self.items.‸",
        Some("pop()"),
    ),
    ("javascript", "const parts = line.split(/\\s+/‸", Some(")")),
    ("javascript", "const clean = text.replace(/\\s+/g, ‸", None),
    ("javascript", "const now = new ‸", Some("Date()")),
    (
        "javascript",
        "const year = new Date().‸",
        Some("getFullYear()"),
    ),
    ("javascript", "const start = Date.‸", Some("now()")),
    (
        "javascript",
        "const start = Date.now();\nwork();\nconst elapsed = Date.now() - ‸",
        Some("start"),
    ),
    (
        "javascript",
        "const args = process.argv.‸",
        Some("slice(2)"),
    ),
    ("javascript", "const name = process.argv[‸", Some("2]")),
    (
        "javascript",
        "const args = process.argv.slice(2);\nif (args.length === 0) {\n  console.error(\"usage: node app.js <file>\");\n  process.‸",
        Some("exit(1);"),
    ),
    (
        "javascript",
        "const fs = require(\"fs\");\nconst text = fs.readFileSync(\"data.csv\", \"utf8\");\nconst lines = text.‸",
        Some("split()"),
    ),
    (
        "javascript",
        "const db = new sqlite3.Database(\"app.db\");\ndb.all(\"SELECT * FROM users\", (err, rows) => {\n  if (err) ‸",
        Some("throw err;"),
    ),
    (
        "javascript",
        "async function load(url) {\n  const res = await fetch(url);\n  const data = await res.‸",
        Some("json()"),
    ),
    (
        "javascript",
        "async function load(url) {\n  const res = await fetch(url);\n  if (!res.‸",
        Some("ok) {"),
    ),
    (
        "javascript",
        "async function load(url) {\n  const res = await fetch(url);\n  if (!res.ok) {\n    throw new Error(`HTTP ${res.‸",
        Some("status"),
    ),
    (
        "javascript",
        "fetch(url)\n  .then((res) => res.json())\n  .then((data) => ‸",
        None,
    ),
    (
        "javascript",
        "fetch(url)\n  .then((res) => res.json())\n  .then((data) => render(data))\n  .catch((err) => console.‸",
        Some("error(err))"),
    ),
    (
        "javascript",
        "const res = await fetch(url, {\n  method: \"POST\",\n  headers: { \"Content-Type\": ‸",
        Some("\"application/json\""),
    ),
    (
        "javascript",
        "const res = await fetch(url, {\n  method: \"POST\",\n  headers: { \"Content-Type\": \"application/json\" },\n  body: JSON.‸",
        Some("stringify()"),
    ),
    (
        "javascript",
        "class Animal {\n  constructor(name) {\n    this.name = name;\n  }\n}\n\nclass Dog extends Animal {\n  constructor(name, breed) {\n    super(‸",
        Some("name);"),
    ),
    (
        "javascript",
        "class Shape {\n  area() {\n    throw new ‸",
        Some("Error("),
    ),
    ("javascript", "const Color = Object.‸", Some("freeze({")),
    (
        "javascript",
        "function reducer(state, action) {\n  switch (action.type) {\n    case \"increment\":\n      return state + 1;\n    case \"decrement\":\n      return ‸",
        Some("state - 1;"),
    ),
    (
        "javascript",
        "function reducer(state, action) {\n  switch (action.type) {\n    case \"increment\":\n      return state + 1;\n    default:\n      return ‸",
        Some("state;"),
    ),
    (
        "javascript",
        "class ValidationError extends ‸",
        Some("Error {"),
    ),
    (
        "javascript",
        "class ValidationError extends Error {\n  constructor(message) {\n    super(message);\n    this.name = ‸",
        Some("'ValidationError';"),
    ),
    (
        "javascript",
        "class ValidationError extends Error {}\n\ntry {\n  validate(form);\n} catch (err) {\n  if (err instanceof ‸",
        Some("ValidationError) {"),
    ),
    (
        "javascript",
        "test(\"adds 1 + 2\", () => {\n  expect(add(1, 2)).‸",
        Some("toBe(3)"),
    ),
    (
        "javascript",
        "const assert = require(\"‸",
        Some("assert\")"),
    ),
    (
        "javascript",
        "function binarySearch(arr, target) {\n  let lo = 0;\n  let hi = arr.length - 1;\n  while (lo <= hi) {\n    const mid = ‸",
        Some("Math.floor((lo + hi) / 2);"),
    ),
    (
        "javascript",
        "function isPalindrome(s) {\n  let left = 0;\n  let right = s.length - 1;\n  while (left < right) {\n    if (s[left] !== s[‸",
        Some("right]) {"),
    ),
    (
        "javascript",
        "const queue = [[0, 0]];\nwhile (queue.length) {\n  const [r, c] = queue.‸",
        Some("shift();"),
    ),
    (
        "javascript",
        "const dirs = [[0, 1], [1, 0], [0, -1], ‸",
        Some("[-1, 0]]"),
    ),
    (
        "javascript",
        "const memo = new Map();\nfunction fib(n) {\n  if (n < 2) return n;\n  if (memo.has(n)) return memo.‸",
        Some("get(n);"),
    ),
    (
        "javascript",
        "let out = \"\";\nfor (const word of words) {\n  out += ‸",
        None,
    ),
    (
        "javascript",
        "const groups = {};\nfor (const p of people) {\n  (groups[p.city] ??= []).‸",
        Some("push(p);"),
    ),
    (
        "javascript",
        "const groups = {};\nfor (const w of words) {\n  const key = w[0];\n  if (!groups[key]) groups[key] = ‸",
        Some("[];"),
    ),
    (
        "javascript",
        "const byCity = new Map();\nfor (const p of people) {\n  if (!byCity.has(p.city)) byCity.set(p.city, ‸",
        Some("[]);"),
    ),
    (
        "javascript",
        "people.sort((a, b) => a.age - ‸",
        Some("b.age)"),
    ),
    ("javascript", "nums.sort((a, b) => ‸", Some("a - b)")),
    (
        "javascript",
        "names.sort((a, b) => a.‸",
        Some("localeCompare(b))"),
    ),
    (
        "javascript",
        "function makeCounter() {\n  let count = 0;\n  return () => ‸",
        None,
    ),
    ("javascript", "const add = (a, b) => ‸", Some("a + b")),
    (
        "javascript",
        "const doubled = nums.map((n) => ‸",
        Some("n * 2)"),
    ),
    (
        "javascript",
        "const evens = nums.filter((n) => ‸",
        Some("n % 2 === 0)"),
    ),
    (
        "javascript",
        "const total = nums.reduce((sum, n) => ‸",
        Some("sum + n, 0);"),
    ),
    (
        "javascript",
        "const it = range(0, 3);\nconst { value, done } = it.‸",
        Some("next();"),
    ),
    (
        "javascript",
        "async function main() {\n  try {\n    const data = await load();\n  } catch (err) {\n    console.error(‸",
        Some("err"),
    ),
    (
        "javascript",
        "const promises = urls.map((u) => fetch(u));\nconst results = await Promise.‸",
        Some("all()"),
    ),
    (
        "javascript",
        "const sleep = (ms) => new Promise((resolve) => ‸",
        Some("setTimeout(resolve, ms))"),
    ),
    (
        "javascript",
        "async function main() {\n  await run();\n}\n\nmain().catch(‸",
        Some("console.error);"),
    ),
    (
        "javascript",
        "for (const [key, value] of Object.‸",
        Some("entries()"),
    ),
    (
        "typescript",
        "interface User {\n  id: number;\n  name: string;\n}\n\nfunction greet(user: User): string {\n  return `Hello, ${user.‸",
        Some("name"),
    ),
    (
        "typescript",
        "interface Shape {\n  area(): ‸",
        Some("number;"),
    ),
    (
        "typescript",
        "interface Shape {\n  area(): number;\n}\n\nclass Square implements ‸",
        Some("Shape {"),
    ),
    (
        "typescript",
        "abstract class Animal {\n  abstract speak(): ‸",
        None,
    ),
    (
        "typescript",
        "enum Direction {\n  Up,\n  Down,\n  Left,\n  ‸",
        Some("Right,"),
    ),
    (
        "typescript",
        "enum Status {\n  Active = \"ACTIVE\",\n  Inactive = ‸",
        Some("\"INACTIVE\","),
    ),
    (
        "typescript",
        "enum Direction {\n  Up,\n  Down,\n}\n\nfunction move(d: Direction) {\n  switch (d) {\n    case Direction.Up:\n      y--;\n      break;\n    case Direction.‸",
        Some("Down:"),
    ),
    (
        "typescript",
        "type Shape =\n  | { kind: \"circle\"; radius: number }\n  | { kind: \"square\"; side: number };\n\nfunction area(s: Shape): number {\n  switch (s.‸",
        Some("kind) {"),
    ),
    (
        "typescript",
        "type Shape =\n  | { kind: \"circle\"; radius: number }\n  | { kind: \"square\"; side: number };\n\nfunction area(s: Shape): number {\n  switch (s.kind) {\n    case \"circle\":\n      return Math.PI * s.radius ** 2;\n    case \"‸",
        Some("square\":"),
    ),
    (
        "typescript",
        "class NotFoundError extends Error {\n  constructor(message: string) {\n    super(message);\n    this.name = ‸",
        Some("'NotFoundError';"),
    ),
    (
        "typescript",
        "try {\n  load();\n} catch (err) {\n  if (err instanceof Error) {\n    console.error(err.‸",
        Some("message"),
    ),
    (
        "typescript",
        "async function getUser(id: number): Promise<User> {\n  const res = await fetch(`/api/users/${id}`);\n  return ‸",
        Some("res.json();"),
    ),
    (
        "typescript",
        "const res = await fetch(url);\nconst data: User[] = await res.‸",
        Some("json()"),
    ),
    (
        "typescript",
        "function identity<T>(value: T): ‸",
        Some("T {"),
    ),
    ("typescript", "const map = new Map<string, ‸", None),
    (
        "typescript",
        "const groups = new Map<string, string[]>();\nfor (const word of words) {\n  const key = word[0];\n  if (!groups.has(key)) groups.set(key, ‸",
        Some("[]);"),
    ),
    (
        "typescript",
        "const groups = new Map<string, string[]>();\nfor (const word of words) {\n  const key = word[0];\n  if (!groups.has(key)) groups.set(key, []);\n  groups.get(key)!.‸",
        Some("push(word);"),
    ),
    (
        "typescript",
        "const counts: Record<string, number> = {};\nfor (const w of words) {\n  counts[w] = (counts[w] ?? 0) ‸",
        Some("+ 1;"),
    ),
    (
        "typescript",
        "users.sort((a, b) => a.name.‸",
        Some("localeCompare(b.name))"),
    ),
    (
        "typescript",
        "const sorted = [...items].sort((a, b) => a.price - ‸",
        Some("b.price)"),
    ),
    (
        "typescript",
        "function debounce(fn: () => void, ms: number) {\n  let timer: ReturnType<typeof ‸",
        Some("setTimeout>"),
    ),
    (
        "typescript",
        "function debounce(fn: () => void, ms: number) {\n  let timer: ReturnType<typeof setTimeout>;\n  return () => {\n    clearTimeout(‸",
        Some("timer);"),
    ),
    (
        "typescript",
        "for (const [i, item] of items.‸",
        Some("entries()) {"),
    ),
    (
        "typescript",
        "async function main(): Promise<‸",
        Some("void> {"),
    ),
    (
        "typescript",
        "const [users, posts] = await Promise.all([‸",
        None,
    ),
    (
        "typescript",
        "function sleep(ms: number): Promise<void> {\n  return new Promise((resolve) => setTimeout(resolve, ‸",
        Some("ms))"),
    ),
    (
        "typescript",
        "const emailRe = /^[^@\\s]+@[^@\\s]+$/;\n\nfunction isEmail(s: string): boolean {\n  return emailRe.‸",
        Some("test(s);"),
    ),
    (
        "typescript",
        "const match = line.match(/(\\w+)=(\\w+)/);\nif (match) {\n  const [, key, value] = ‸",
        Some("match;"),
    ),
    ("typescript", "const d = new Date(‸", None),
    (
        "typescript",
        "const [, , command, ...rest] = ‸",
        Some("process.argv"),
    ),
    (
        "typescript",
        "const port = Number(process.env.PORT) || ‸",
        Some("3000"),
    ),
    (
        "typescript",
        "it(\"throws on empty input\", () => {\n  expect(() => parse(\"\")).‸",
        Some("toThrow()"),
    ),
    ("typescript", "expect(result).toEqual(‸", None),
    (
        "typescript",
        "interface Repository<T> {\n  findById(id: string): Promise<T | ‸",
        None,
    ),
    (
        "typescript",
        "function twoSum(nums: number[], target: number): [number, number] | null {\n  let i = 0;\n  let j = nums.length - 1;\n  while (i < j) {\n    const sum = nums[i] + ‸",
        Some("nums[j];"),
    ),
    (
        "typescript",
        "function twoSum(nums: number[], target: number): [number, number] | null {\n  let i = 0;\n  let j = nums.length - 1;\n  while (i < j) {\n    const sum = nums[i] + nums[j];\n    if (sum === target) return [i, ‸",
        Some("j];"),
    ),
    (
        "typescript",
        "function dfs(r: number, c: number): void {\n  if (r < 0 || c < 0 || r >= grid.length || ‸",
        Some("c >= grid[0].length)"),
    ),
    (
        "typescript",
        "const memo = new Map<number, number>();\nfunction fib(n: number): number {\n  if (n < 2) return n;\n  const cached = memo.‸",
        Some("get(n);"),
    ),
    (
        "typescript",
        "const memo = new Map<number, number>();\nfunction fib(n: number): number {\n  if (n < 2) return n;\n  const result = fib(n - 1) + fib(n - 2);\n  memo.set(n, ‸",
        Some("result);"),
    ),
    (
        "typescript",
        "function describe(user: User): string {\n  const lines: string[] = [];\n  lines.push(`Name: ${user.name}`);\n  return lines.join(‸",
        Some("'\\n');"),
    ),
    (
        "typescript",
        "const db = new Database(\"app.db\");\nconst rows = db.prepare(\"SELECT * FROM users\").‸",
        Some("all();"),
    ),
    (
        "typescript",
        "const db = new Database(\"app.db\");\nconst insert = db.prepare(\"INSERT INTO users (name, age) VALUES (?, ?)\");\ninsert.‸",
        Some("run();"),
    ),
    (
        "python",
        "import re\nword_re = re.compile(r\"[a-z]+\")\ntokens = word_re.‸",
        Some("findall()"),
    ),
    (
        "python",
        "import re\nline = input()\nparts = line.‸",
        Some("split()"),
    ),
    ("python", "import re\nwhile re.‸", None),
    ("python", "import re\nWORD = re.‸", Some("compile()")),
    (
        "python",
        "import argparse\nparser = argparse.ArgumentParser()\nparser.add_argument(\"-q\", \"--quiet\", action=\"‸\")",
        Some("store_true"),
    ),
    (
        "python",
        "import argparse\nparser = argparse.ArgumentParser()\nparser.add_argument(\"--count\", action=\"st‸",
        Some("ore_true\")"),
    ),
    (
        "python",
        "import argparse\nparser = argparse.ArgumentParser()\nparser.add_argument(\"--level\", choices=\"‸",
        Some("\")"),
    ),
    (
        "python",
        "parser.add_argument(\"--verbose\", action='‸",
        Some("store_true')"),
    ),
    (
        "typescript",
        "type Event =\n  | { type: \"click\"; x: number }\n  | { type: \"key\"; code: string };\n\nfunction handle(e: Event) {\n  switch (e.type) {\n    case \"key\":\n      break;\n    case \"‸",
        Some("click\":"),
    ),
    (
        "typescript",
        "type Shape =\n  | { kind: \"circle\"; radius: number }\n  | { kind: \"square\"; side: number }\n  | { kind: \"triangle\"; base: number };\n\nfunction area(s: Shape): number {\n  switch (s.kind) {\n    case \"circle\":\n      return 1;\n    case \"‸",
        None,
    ),
    ("javascript", "switch (command) {\n  case \"‸", None),
    (
        "javascript",
        "switch (command) {\n  case \"start‸",
        Some("\":"),
    ),
    (
        "typescript",
        "enum Color {\n  Red,\n  Green,\n  Blue,\n}\n\nfunction name(c: Color) {\n  switch (c) {\n    case Color.Red:\n      return \"red\";\n    case Color.Green:\n      return \"green\";\n    case Color.‸",
        Some("Blue:"),
    ),
    (
        "typescript",
        "enum Color {\n  Red,\n  Green,\n  Blue,\n}\n\nfunction name(c: Color) {\n  switch (c) {\n    case Color.‸",
        None,
    ),
    (
        "typescript",
        "type Action =\n  | { type: \"add\"; item: string }\n  | { type: \"clear\" };\n\nfunction reduce(a: Action) {\n  switch (a.‸",
        Some("type) {"),
    ),
    (
        "typescript",
        "interface User {\n  kind: string;\n}\nfunction f(u: User) {\n  switch (u.‸",
        None,
    ),
    (
        "javascript",
        "loadData()\n  .catch((error) => console.‸",
        Some("error(error))"),
    ),
    (
        "javascript",
        "loadData()\n  .catch(e => console.‸",
        Some("error(e))"),
    ),
    (
        "javascript",
        "loadData()\n  .then((data) => console.‸",
        Some("log()"),
    ),
    (
        "javascript",
        "class NotFoundError extends Error {}\n\ntry {\n  find(id);\n} catch (e) {\n  if (e instanceof ‸",
        Some("NotFoundError) {"),
    ),
    (
        "javascript",
        "class NotFoundError extends Error {}\nclass AuthError extends Error {}\n\ntry {\n  find(id);\n} catch (e) {\n  if (e instanceof ‸",
        None,
    ),
    (
        "javascript",
        "test(\"multiplies\", () => {\n  expect(multiply(3, 4)).‸",
        Some("toBe(12)"),
    ),
    (
        "javascript",
        "test(\"throws\", () => {\n  expect(() => divide(1, 0)).‸",
        Some("toThrow()"),
    ),
    (
        "javascript",
        "test(\"greets\", () => {\n  expect(greet(\"Ann\")).‸",
        Some("toBe()"),
    ),
    (
        "typescript",
        "it(\"fails\", () => {\n  expect(function () { parse(\"\"); }).‸",
        Some("toThrow()"),
    ),
    ("javascript", "const Status = Object.‸", Some("freeze({")),
    (
        "javascript",
        "const DIRECTIONS = Object.‸",
        Some("freeze({"),
    ),
    ("javascript", "const keys = Object.‸", Some("keys()")),
    (
        "python",
        "import asyncio\n\nasync def main():\n    coros = [download(u) for u in urls]\n    results = await asyncio.‸",
        Some("gather(*coros)"),
    ),
    (
        "python",
        "import asyncio\n\nasync def main():\n    names = [u.upper() for u in urls]\n    await asyncio.‸",
        Some("sleep()"),
    ),
    (
        "python",
        "import asyncio\n\nasync def main():\n    await asyncio.‸",
        Some("sleep()"),
    ),
    ("python", "from functools import cache\n\n@‸", Some("cache")),
    (
        "python",
        "from dataclasses import dataclass, field\n\n@‸",
        Some("dataclass"),
    ),
    (
        "python",
        "from functools import lru_cache, wraps\n\n@‸",
        None,
    ),
    ("python", "import functools\n\n@‸", None),
    (
        "python",
        "class Item:\n    def __init__(self, name, price, qty):\n        self.name = name\n        self.price = price\n        self.qty = qty\n\n    def __eq__(self, other):\n        return self.name == other.name and ‸",
        Some("self.price == other.price and self.qty == other.qty"),
    ),
    (
        "python",
        "class Item:\n    def __init__(self, name, price):\n        self.name = name\n        self.price = price\n\n    def __eq__(self, other):\n        return self.name == other.name or ‸",
        None,
    ),
    (
        "python",
        "prices = [3, 5, 8]\ntotal = sum(p * 2 for p in ‸",
        Some("prices)"),
    ),
    (
        "python",
        "prices = [3, 5, 8]\ndoubled = (p * 2 for p in ‸",
        Some("prices)"),
    ),
    (
        "python",
        "import json\ntry:\n    config = json.load(f)\nexcept json.‸",
        Some("JSONDecodeError:"),
    ),
    ("python", "import json\nresult = json.‸", Some("loads()")),
    (
        "python",
        "from enum import Enum, auto\n\nclass Suit(‸",
        Some("Enum):"),
    ),
    (
        "python",
        "from enum import IntEnum\n\nclass Level(‸",
        Some("IntEnum):"),
    ),
    (
        "python",
        "from enum import Enum\n\nclass Color(Enum):\n    RED = 1\n\nclass Shade(‸",
        None,
    ),
    ("python", "class Color(‸", None),
    (
        "python",
        "def counter():\n    total = 0\n    def add(n):\n        ‸",
        Some("nonlocal total"),
    ),
    (
        "python",
        "def outer():\n    name = \"x\"\n    def inner():\n        ‸",
        None,
    ),
    (
        "python",
        "def outer():\n    a = 0\n    b = 0\n    def inner():\n        ‸",
        None,
    ),
    ("python", "def helper():\n    ‸", None),
    (
        "python",
        "import functools\n\ndef timed(func):\n    @functools.wraps(func)\n    def wrapper(*args, **kwargs):\n        return func(*args, **kwargs)\n    return ‸",
        Some("wrapper"),
    ),
    (
        "python",
        "def run(self):\n        self.setup()\n        def callback(x):\n            return x\n        return ‸",
        None,
    ),
    (
        "python",
        "def search(items, target):\n    low, high = 0, len(items) - 1\n    while low <= high:\n        mid = (low + high) // 2\n        if items[mid] == target:\n            return mid\n        elif items[mid] > target:\n            high = ‸",
        Some("mid - 1"),
    ),
    (
        "javascript",
        "function search(arr, x) {\n  let left = 0;\n  let right = arr.length - 1;\n  while (left <= right) {\n    const mid = Math.floor((left + right) / 2);\n    if (arr[mid] === x) return mid;\n    if (arr[mid] < x) {\n      left = ‸",
        Some("mid + 1;"),
    ),
    (
        "python",
        "def search(items, target):\n    low, high = 0, len(items)\n    while low < high:\n        mid = (low + high) // 2\n        if items[mid] > target:\n            high = ‸",
        Some("mid"),
    ),
    (
        "python",
        "def search(items, target):\n    low, high = 0, len(items) - 1\n    while low <= high:\n        mid = (low + high) // 2\n        if items[mid] < target:\n            high = ‸",
        None,
    ),
    (
        "python",
        "DIRS = [(1, 0), (-1, 0), (0, 1), ‸",
        Some("(0, -1)]"),
    ),
    (
        "javascript",
        "for (const [dx, dy] of [[1, 0], [0, 1], [-1, 0], ‸",
        Some("[0, -1]]) {"),
    ),
    ("python", "moves = [(1, 1), (0, 1), (1, 0), ‸", None),
    ("python", "pairs = [(1, 2), (3, 4), ‸", None),
    (
        "python",
        "for dx, dy in dirs:\n    nx, ny = x + dx, ‸",
        Some("y + dy"),
    ),
    (
        "javascript",
        "for (const [dr, dc] of dirs) {\n  const [nr, nc] = [r + dr, ‸",
        Some("c + dc]"),
    ),
    ("python", "a, b = x + 1, ‸", None),
    (
        "python",
        "rows, cols = len(grid), len(grid[0])\nfor dr, dc in dirs:\n    nr, nc = r + dr, c + dc\n    if 0 <= nr < rows and 0 <= nc < cols:\n        pass\nh, w = 3, 4\nif 0 <= y < h and ‸",
        None,
    ),
    ("python", "if 0 <= i < n and ‸", None),
    (
        "python",
        "import collections\nq = collections.deque([start])\nwhile q:\n    node = q.‸",
        Some("popleft()"),
    ),
    ("python", "q = [start]\nwhile q:\n    node = q.‸", None),
    (
        "javascript",
        "const queue = [root];\nwhile (queue.length > 0) {\n  const node = queue.‸",
        Some("shift();"),
    ),
    (
        "javascript",
        "const stack = [root];\nwhile (stack.length) {\n  const node = queue.‸",
        None,
    ),
    (
        "python",
        "cache = {}\n\ndef cost(n):\n    if n in cache:\n        return ‸",
        Some("cache[n]"),
    ),
    (
        "python",
        "seen = set()\n\ndef visit(n):\n    if n in seen:\n        return ‸",
        None,
    ),
    (
        "javascript",
        "const cache = new Map();\nfunction slow(n) {\n  if (cache.has(n)) return cache.‸",
        Some("get(n);"),
    ),
    (
        "typescript",
        "const cache = new Map<string, number>();\nfunction cost(key: string): number {\n  const hit = cache.‸",
        Some("get(key);"),
    ),
    (
        "typescript",
        "const cache = new Map<string, number>();\nfunction cost(key: string): number {\n  const value = compute(key);\n  cache.set(key, ‸",
        Some("value);"),
    ),
    (
        "python",
        "from collections import defaultdict\nby_city = defaultdict(list)\nfor person in people:\n    by_city[person.city].‸",
        Some("append(person)"),
    ),
    (
        "python",
        "index = {}\nfor i, word in enumerate(words):\n    index.setdefault(word, []).‸",
        Some("append(i)"),
    ),
    (
        "python",
        "counts = {}\nfor word in words:\n    counts[word].‸",
        None,
    ),
    (
        "javascript",
        "const byLetter = {};\nfor (const name of names) {\n  (byLetter[name[0]] ??= []).‸",
        Some("push(name);"),
    ),
    (
        "typescript",
        "const byAge = new Map<number, Person[]>();\nfor (const person of people) {\n  if (!byAge.has(person.age)) byAge.set(person.age, []);\n  byAge.get(person.age)!.‸",
        Some("push(person);"),
    ),
    (
        "python",
        "sorted_by_name = sorted(users, key=lambda u: u.‸",
        Some("name)"),
    ),
    ("python", "by_len = sorted(words, key=lambda w: w.‸", None),
    ("python", "result = sorted(people, key=lambda p: p.‸", None),
    ("python", "xs = [1, 2]\nys = [3, 4]\nfor x, y in ‸", None),
    ("python", "for key, value in ‸", None),
    (
        "javascript",
        "const freq = {};\nfor (const ch of text) {\n  freq[ch] = (freq[ch] || 0) ‸",
        Some("+ 1;"),
    ),
    ("javascript", "total = (total ?? 0) ‸", None),
    (
        "javascript",
        "const d = new Date();\nconst month = d.‸",
        Some("getMonth();"),
    ),
    ("javascript", "const day = new Date().‸", None),
    ("typescript", "const ts: number = Date.‸", None),
    (
        "javascript",
        "const gen = idMaker();\nlet { value, done } = gen.‸",
        Some("next();"),
    ),
    ("javascript", "const { data, error } = result.‸", None),
    (
        "javascript",
        "for (const [index, color] of colors.‸",
        Some("entries()) {"),
    ),
    ("javascript", "for (const [key, value] of map.‸", None),
    (
        "typescript",
        "let intervalId: ReturnType<typeof ‸",
        Some("setInterval>"),
    ),
    ("typescript", "let handle: ReturnType<typeof ‸", None),
    (
        "javascript",
        "const timer = setTimeout(tick, 1000);\nclearTimeout(‸",
        Some("timer);"),
    ),
    (
        "javascript",
        "const a = setTimeout(f, 1);\nconst b = setTimeout(g, 2);\nclearTimeout(‸",
        Some("b);"),
    ),
    (
        "javascript",
        "const digits = /^\\d+$/;\nfunction isNumber(text) {\n  return digits.‸",
        Some("test(text);"),
    ),
    (
        "javascript",
        "const digits = \"0123456789\";\nfunction isNumber(text) {\n  return digits.‸",
        None,
    ),
    (
        "javascript",
        "const words = [\"b\", \"a\"];\nwords.sort((x, y) => x.‸",
        Some("localeCompare(y));"),
    ),
    (
        "javascript",
        "const ages = [3, 1];\nages.sort((x, y) => x.‸",
        None,
    ),
    (
        "typescript",
        "books.sort((a, b) => a.title.‸)",
        Some("localeCompare(b.title)"),
    ),
    (
        "javascript",
        "async function main() {}\nmain().catch(‸)",
        Some("console.error"),
    ),
    ("javascript", "function main() {}\nmain().catch(‸", None),
    (
        "javascript",
        "function counter(state, action) {\n  switch (action.type) {\n    case \"inc\":\n      return state + 1;\n    default:\n      return ‸",
        Some("state;"),
    ),
    (
        "javascript",
        "function render(state, props) {\n  switch (props.mode) {\n    default:\n      return ‸",
        None,
    ),
    (
        "javascript",
        "function reducer(count, action) {\n  switch (action.type) {\n    case \"increment\":\n      return count + action.by;\n    case \"decrement\":\n      return ‸",
        Some("count - action.by;"),
    ),
    (
        "typescript",
        "export async function main(): Promise<‸",
        Some("void> {"),
    ),
    ("typescript", "async function load(): Promise<‸", None),
    (
        "typescript",
        "interface Solid {\n  volume(): ‸",
        Some("number;"),
    ),
    ("typescript", "class Square {\n  area(): ‸", None),
    ("javascript", "const [, , file] = ‸", Some("process.argv")),
    ("javascript", "const [first, second] = ‸", None),
    (
        "javascript",
        "if (process.argv.length < 3) {\n  console.error(\"Usage: node cat.js <file>\");\n  process.‸",
        Some("exit(1);"),
    ),
    (
        "javascript",
        "if (!ok) {\n  console.error(\"failed\");\n  process.‸",
        Some("env"),
    ),
    (
        "typescript",
        "const port = parseInt(process.env.PORT) || ‸",
        Some("3000"),
    ),
    (
        "typescript",
        "const response = await fetch(api);\nif (!response.ok) {\n  throw new Error(`HTTP ${response.‸",
        Some("status"),
    ),
    (
        "typescript",
        "const response = await fetch(api);\nconsole.log(`HTTP ${response.‸",
        None,
    ),
    (
        "typescript",
        "async function getTodos(): Promise<Todo[]> {\n  const response = await fetch(\"/todos\");\n  return ‸",
        Some("response.json();"),
    ),
    (
        "typescript",
        "async function ping(): Promise<void> {\n  const response = await fetch(\"/ping\");\n  return ‸",
        None,
    ),
    (
        "javascript",
        "const outputLines = [];\noutputLines.push(\"a\");\nconsole.log(outputLines.join(‸",
        Some("\"\\n\"))"),
    ),
    (
        "javascript",
        "const parts = [];\nconst s = parts.join(‸",
        None,
    ),
    (
        "javascript",
        "const Database = require(\"better-sqlite3\");\nconst db = new Database(\"shop.db\");\nconst products = db.prepare(\"SELECT * FROM products\").‸",
        Some("all();"),
    ),
    (
        "javascript",
        "const Database = require(\"better-sqlite3\");\nconst db = new Database(\"shop.db\");\nconst product = db.prepare(\"SELECT * FROM products WHERE id = ?\").‸",
        None,
    ),
    (
        "javascript",
        "const Database = require(\"better-sqlite3\");\nconst db = new Database(\"shop.db\");\ndb.prepare(\"DELETE FROM products WHERE id = ?\").‸",
        Some("run();"),
    ),
    (
        "javascript",
        "const db = connect();\nconst rows = db.prepare(\"SELECT * FROM t\").‸",
        None,
    ),
    (
        "typescript",
        "interface Animal {\n  speak(): string;\n}\n\nclass Dog implements ‸",
        Some("Animal {"),
    ),
    (
        "typescript",
        "interface A {}\ninterface B {}\n\nclass C implements ‸",
        None,
    ),
    ("typescript", "enum Vote {\n  Up,\n  Down,\n  ‸", None),
    (
        "javascript",
        "const timer = setTimeout(tick, 1000);\nclearTimeout(‸)",
        Some("timer"),
    ),
    (
        "typescript",
        "const cache = new Map<string, number>();\nfunction cost(key: string): number {\n  const value = compute(key);\n  cache.set(key, ‸)",
        Some("value"),
    ),
    (
        "python",
        "by_age = sorted(people, key=lambda p: p.‸)",
        Some("age"),
    ),
    (
        "typescript",
        "function describe(user: User): string {\n  const lines: string[] = [];\n  return lines.join(‸);",
        Some("'\\n'"),
    ),
    (
        "python",
        "import asyncio\n\nasync def main():\n    names = [u.upper() for u in urls]\n    await asyncio.gather(*‸",
        None,
    ),
    (
        "python",
        "import re\nm = re.search(r\"id=(\\d+)\", line)\nif m:\n    uid = int(m.group(‸",
        Some("1))"),
    ),
    (
        "python",
        "import re\nm = re.search(r\"id=(?:\\d+)\", line)\nprint(m.group(‸",
        None,
    ),
    (
        "python",
        "import re\nm = re.search(r\"(\\d+)\", line)\nprint(m.group(‸))",
        Some("1"),
    ),
    (
        "python",
        "import re\nline = input()\nfixed = re.sub(r\"\\d\", \"#\", ‸",
        Some("line)"),
    ),
    ("python", "import re\nfixed = re.sub(r\"\\d\", ‸", None),
    (
        "python",
        "from datetime import date\nstart = date(2024, 1, 1)\nelapsed = (date.today() - start).‸",
        Some("days"),
    ),
    ("python", "total = (a - b).‸", None),
    (
        "python",
        "words = [\"a\", \"bb\"]\nlengths = list(map(lambda w: len(w), ‸",
        Some("words))"),
    ),
    (
        "python",
        "nums = [1, 2]\nodd = list(filter(lambda n: n % 2, ‸)",
        Some("nums"),
    ),
    ("python", "nums = [1, 2]\nodd = list(filter(is_odd, ‸", None),
    (
        "typescript",
        "const m = /(\\d+)-(\\d+)/.exec(range);\nif (m) {\n  const [, from, to] = ‸",
        Some("m;"),
    ),
    (
        "javascript",
        "const parts = line.split(\"=\");\nconst [, value] = ‸",
        None,
    ),
    (
        "python",
        "groups = {}\nfor name in names:\n    initial = name[0]\n    if initial not in groups:\n        groups[initial] = ‸",
        Some("[]"),
    ),
    (
        "python",
        "counts = {}\nfor w in words:\n    if w not in counts:\n        counts[w] = ‸",
        None,
    ),
    (
        "javascript",
        "const byType = {};\nfor (const item of items) {\n  if (!byType[item.type]) byType[item.type] = ‸",
        Some("[];"),
    ),
    (
        "javascript",
        "const seen = {};\nfor (const x of xs) {\n  if (!seen[x]) seen[x] = ‸",
        None,
    ),
    (
        "typescript",
        "const groups = new Map<string, string[]>();\nfor (const w of words) {\n  if (!groups.has(w[0])) groups.set(w[0], ‸",
        Some("[]);"),
    ),
    (
        "python",
        "cache = {}\n\ndef ways(n):\n    if n in cache:\n        return cache[n]\n    if n <= 1:\n        return 1\n    cache[n] = ‸",
        None,
    ),
    (
        "python",
        "results = {}\n\ndef fib(n):\n    results[n] = ‸",
        None,
    ),
    (
        "javascript",
        "function isPalindrome(s) {\n  let i = 0, j = s.length - 1;\n  while (i < j) {\n    const pair = s[i] + ‸",
        Some("s[j];"),
    ),
    (
        "python",
        "def two_sum(nums, target):\n    i, j = 0, len(nums) - 1\n    while i < j:\n        total = nums[i] + ‸",
        Some("nums[j]"),
    ),
    (
        "python",
        "def fill(r, c):\n    if r < 0 or c < 0 or r >= len(image) or ‸",
        Some("c >= len(image[0]):"),
    ),
    (
        "javascript",
        "function walk(x, y) {\n  if (x < 0 || y < 0 || x >= maze.length || ‸",
        Some("y >= maze[0].length)"),
    ),
    (
        "javascript",
        "function walk(x, y) {\n  if (x >= maze.length || ‸",
        None,
    ),
    (
        "javascript",
        "function walk(x) {\n  if (x < 0 || x >= maze.length || ‸",
        None,
    ),
    (
        "python",
        "def greet(first, last):\n    print(f\"last name: {‸",
        None,
    ),
    ("python", "def f(a, b):\n    print(f\"hello {‸", None),
    // Thirteenth round: string work, maps, files, errors, classes, binary search and gcd. Euclid's step in a function named gcd, and look-alikes left alone.
    (
        "python",
        "def gcd(a, b):\n    while b:\n        a, b = ‸",
        Some("b, a % b"),
    ),
    (
        "python",
        "def gcd(a, b):\n    if b == 0:\n        return a\n    return gcd(‸",
        Some("b, a % b)"),
    ),
    (
        "python",
        "def fib(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = ‸",
        Some("b, a + b"),
    ),
    ("python", "x, y = ‸", None),
    (
        "javascript",
        "function gcd(a, b) {\n  if (b === 0) return a;\n  return gcd(‸",
        Some("b, a % b);"),
    ),
    (
        "javascript",
        "function gcd(a, b) {\n  while (b !== 0) {\n    [a, b] = ‸",
        Some("[b, a % b]"),
    ),
    (
        "rust",
        "fn gcd(a: u64, b: u64) -> u64 {\n    if b == 0 {\n        return a;\n    }\n    gcd(‸",
        Some("b, a % b)"),
    ),
    (
        "go",
        "package main\nfunc gcd(a, b int) int {\n\tfor b != 0 {\n\t\ta, b = ‸",
        Some("b, a%b"),
    ),
    (
        "java",
        "public class Main {\n    static int gcd(int a, int b) {\n        if (b == 0) return a;\n        return gcd(‸",
        Some("b, a % b);"),
    ),
    (
        "c",
        "int gcd(int a, int b) {\n    if (b == 0) return a;\n    return gcd(‸",
        Some("b, a % b);"),
    ),
    (
        "cpp",
        "int gcd(int a, int b) {\n    return b == 0 ? a : ‸",
        Some("gcd(b, a % b);"),
    ),
    ("cpp", "int lcm(int a, int b) {\n    return a / gcd(‸", None),
    (
        "typescript",
        "function gcd(a: number, b: number): number {\n  return b === 0 ? a : ‸",
        Some("gcd(b, a % b)"),
    ),
    // A binary search's midpoint from the bounds its loop compares, and the index it found.
    (
        "python",
        "def binary_search(arr, target):\n    low, high = 0, len(arr) - 1\n    while low <= high:\n        mid = ‸",
        Some("(low + high) // 2"),
    ),
    (
        "python",
        "def binary_search(arr, target):\n    lo, hi = 0, len(arr) - 1\n    while lo <= hi:\n        mid = (lo + hi) // 2\n        if arr[mid] == target:\n            return ‸",
        Some("mid"),
    ),
    (
        "python",
        "def walk(arr):\n    i = 0\n    while i < len(arr):\n        mid = ‸",
        None,
    ),
    (
        "python",
        "def find(arr, target):\n    for i in range(len(arr)):\n        if arr[i] == target:\n            return ‸",
        None,
    ),
    (
        "javascript",
        "function binarySearch(arr, target) {\n  let low = 0;\n  let high = arr.length - 1;\n  while (low <= high) {\n    const mid = ‸",
        Some("Math.floor((low + high) / 2);"),
    ),
    (
        "javascript",
        "function binarySearch(arr, target) {\n  let low = 0;\n  let high = arr.length - 1;\n  while (low <= high) {\n    const mid = Math.floor((low + high) / 2);\n    if (arr[mid] === target) {\n      return ‸",
        Some("mid;"),
    ),
    (
        "rust",
        "fn binary_search(arr: &[i32], target: i32) -> Option<usize> {\n    let mut low = 0;\n    let mut high = arr.len();\n    while low < high {\n        let mid = ‸",
        Some("(low + high) / 2;"),
    ),
    (
        "rust",
        "fn binary_search(arr: &[i32], target: i32) -> Option<usize> {\n    let mut low = 0;\n    let mut high = arr.len();\n    while low < high {\n        let mid = (low + high) / 2;\n        if arr[mid] == target {\n            return ‸",
        Some("Some(mid);"),
    ),
    (
        "go",
        "package main\nfunc binarySearch(arr []int, target int) int {\n\tlow, high := 0, len(arr)-1\n\tfor low <= high {\n\t\tmid := ‸",
        Some("(low + high) / 2"),
    ),
    (
        "java",
        "public class Main {\n    static int binarySearch(int[] arr, int target) {\n        int low = 0, high = arr.length - 1;\n        while (low <= high) {\n            int mid = ‸",
        Some("(low + high) / 2;"),
    ),
    (
        "c",
        "int binary_search(int arr[], int n, int target) {\n    int low = 0, high = n - 1;\n    while (low <= high) {\n        int mid = ‸",
        Some("(low + high) / 2;"),
    ),
    // Two elements of one list swapped in one assignment; two names are not.
    (
        "python",
        "def bubble(arr):\n    for i in range(len(arr)):\n        for j in range(len(arr) - 1):\n            if arr[j] > arr[j + 1]:\n                arr[j], arr[j + 1] = ‸",
        Some("arr[j + 1], arr[j]"),
    ),
    (
        "go",
        "package main\nfunc reverse(s string) string {\n\trunes := []rune(s)\n\tfor i, j := 0, len(runes)-1; i < j; i, j = i+1, j-1 {\n\t\trunes[i], runes[j] = ‸",
        Some("runes[j], runes[i]"),
    ),
    ("python", "def pair(a, b):\n    grid[0], rows[1] = ‸", None),
    // A string reversed whole in a function named for it; other functions left alone.
    (
        "python",
        "def reverse_string(s):\n    return ‸",
        Some("s[::-1]"),
    ),
    (
        "python",
        "def is_palindrome(s):\n    s = s.lower()\n    return s == ‸",
        Some("s[::-1]"),
    ),
    ("python", "def is_palindrome(s):\n    return ‸", None),
    ("python", "def process(s):\n    return ‸", None),
    (
        "javascript",
        "function reverseString(str) {\n  return str.‸",
        Some("split('').reverse().join('')"),
    ),
    (
        "javascript",
        "function reverseString(str) {\n  return str.split('').‸",
        Some("reverse().join('')"),
    ),
    (
        "javascript",
        "function letters(str) {\n  return str.split('').‸",
        None,
    ),
    (
        "typescript",
        "function reverse(s: string): string {\n  return s.‸",
        Some("split('').reverse().join('')"),
    ),
    (
        "java",
        "public class Main {\n    static String reverse(String s) {\n        return new StringBuilder(s).‸",
        Some("reverse().toString();"),
    ),
    (
        "java",
        "public class Main {\n    static String build(String s) {\n        return new StringBuilder(s).‸",
        None,
    ),
    (
        "java",
        "public class Main {\n    static boolean isPalindrome(String s) {\n        String reversed = new StringBuilder(s).‸",
        Some("reverse().toString();"),
    ),
    (
        "rust",
        "fn reverse(s: &str) -> String {\n    s.‸",
        Some("chars().rev().collect()"),
    ),
    (
        "rust",
        "fn reverse(s: &str) -> String {\n    s.chars().‸",
        Some("rev().collect()"),
    ),
    ("rust", "fn reverse(s: &str) -> usize {\n    s.‸", None),
    // A map's pairs are its keys and values (this answered `ages.iter().enumerate() {`).
    (
        "rust",
        "use std::collections::HashMap;\nfn main() {\n    let mut ages: HashMap<String, u32> = HashMap::new();\n    for (name, age) in ‸",
        Some("&ages {"),
    ),
    (
        "rust",
        "use std::collections::HashMap;\nfn main() {\n    let mut ages = HashMap::new();\n    ages.insert(\"a\", 1);\n    for (name, age) in ‸",
        Some("&ages {"),
    ),
    (
        "rust",
        "fn main() {\n    let names = vec![\"a\"];\n    for (i, name) in ‸",
        Some("names.iter().enumerate() {"),
    ),
    // A list named for the numbers it keeps says what the filter tests; other names and lists are left alone.
    (
        "python",
        "nums = [1, 2, 3]\nevens = [n for n in nums if ‸",
        Some("n % 2 == 0]"),
    ),
    (
        "python",
        "nums = [1, 2, 3]\nbig = [n for n in nums if ‸",
        None,
    ),
    (
        "python",
        "words = [\"a\"]\nevens = [w for w in words if ‸",
        None,
    ),
    (
        "java",
        "import java.util.*;\npublic class Main {\n    public static void main(String[] args) {\n        List<Integer> nums = List.of(1, 2, 3);\n        List<Integer> evens = nums.stream().filter(n -> ‸",
        Some("n % 2 == 0)"),
    ),
    (
        "java",
        "import java.util.*;\npublic class Main {\n    public static void main(String[] args) {\n        List<String> evens = names.stream().filter(n -> ‸",
        None,
    ),
    // Files read line by line and written as CSV.
    (
        "python",
        "with open(\"data.txt\") as f:\n    for line in f:\n        print(line.‸",
        Some("strip())"),
    ),
    ("python", "for item in items:\n    print(line.‸", None),
    (
        "python",
        "import csv\nwith open(\"out.csv\", \"w\", newline=\"\") as f:\n    writer = csv.writer(f)\n    writer.‸",
        Some("writerow()"),
    ),
    (
        "c",
        "#include <stdio.h>\nint main() {\n    FILE *fp = fopen(\"data.txt\", \"r\");\n    char line[256];\n    while (fgets(‸",
        Some("line, sizeof(line), fp)) {"),
    ),
    (
        "c",
        "#include <stdio.h>\nint main() {\n    char buf[100];\n    fgets(‸",
        Some("buf, sizeof(buf), stdin);"),
    ),
    // Iterators: a class that is its own iterator, Rust's `next`.
    (
        "python",
        "class Counter:\n    def __init__(self):\n        self.n = 0\n    def __iter__(self):\n        return ‸\n    def __next__(self):\n        raise StopIteration",
        Some("self"),
    ),
    (
        "python",
        "class Bag:\n    def __iter__(self):\n        return ‸",
        None,
    ),
    (
        "rust",
        "struct Counter { count: u32 }\nimpl Iterator for Counter {\n    type Item = u32;\n    fn next(&mut self) -> ‸",
        Some("Option<Self::Item> {"),
    ),
    (
        "rust",
        "struct Counter { count: u32 }\nimpl Counter {\n    fn next(&mut self) -> ‸",
        None,
    ),
    // Counting vowels and words.
    (
        "python",
        "def count_words(text):\n    return len(text.‸",
        Some("split())"),
    ),
    (
        "python",
        "def count_chars(text):\n    return len(text.‸",
        None,
    ),
    (
        "javascript",
        "const vowels = 'aeiou';\nlet count = 0;\nfor (const ch of str) {\n  if (vowels.‸",
        Some("includes(ch)) {"),
    ),
    (
        "javascript",
        "const letters = 'abc';\nfor (const ch of str) {\n  if (letters.‸",
        None,
    ),
    (
        "c",
        "#include <ctype.h>\nint count_vowels(const char *s) {\n    int count = 0;\n    for (int i = 0; s[i] != ‸",
        Some("'\\0'; i++) {"),
    ),
    (
        "c",
        "int f(int *a, int n) {\n    for (int i = 0; a[i] != ‸",
        None,
    ),
    (
        "c",
        "#include <ctype.h>\nvoid to_upper(char *s) {\n    for (int i = 0; s[i]; i++) {\n        s[i] = ‸",
        Some("toupper(s[i]);"),
    ),
    (
        "c",
        "void fill(char *s) {\n    for (int i = 0; s[i]; i++) {\n        s[i] = ‸",
        None,
    ),
    (
        "cpp",
        "#include <string>\nbool isPalindrome(const std::string& s) {\n    std::string r(s.rbegin(), ‸",
        Some("s.rend());"),
    ),
    (
        "go",
        "package main\nfunc reverse(s string) string {\n\trunes := []rune(s)\n\tfor i, j := 0, len(runes)-1; i < j; i, j = i+1, j-1 {\n\t\trunes[i], runes[j] = runes[j], runes[i]\n\t}\n\treturn ‸",
        Some("string(runes)"),
    ),
    (
        "go",
        "package main\nfunc count(s string) int {\n\trunes := []rune(s)\n\treturn ‸",
        None,
    ),
    // Custom errors: their name, their base, the methods their interfaces ask for.
    (
        "javascript",
        "class ValidationError extends Error {\n  constructor(message) {\n    super(message);\n    this.name = ‸",
        Some("'ValidationError';"),
    ),
    (
        "javascript",
        "class Dog extends Animal {\n  constructor(name) {\n    super(name);\n    this.name = ‸",
        Some("name;"),
    ),
    (
        "typescript",
        "export class HttpError extends Error {\n  constructor(public status: number, message: string) {\n    super(message);\n    this.name = ‸",
        Some("'HttpError';"),
    ),
    (
        "cpp",
        "#include <stdexcept>\nclass MyError : public std::runtime_error {\npublic:\n    MyError(const std::string& msg) : ‸",
        Some("std::runtime_error(msg) {}"),
    ),
    ("cpp", "class Point {\npublic:\n    Point(int x) : ‸", None),
    (
        "go",
        "package main\ntype NotFoundError struct {\n\tName string\n}\nfunc (e *NotFoundError) Error() ‸",
        Some("string {"),
    ),
    (
        "go",
        "package main\ntype Point struct{ X, Y int }\nfunc (p Point) String() ‸",
        Some("string {"),
    ),
    ("go", "package main\nfunc (p Point) Area() ‸", None),
    (
        "rust",
        "#[derive(Debug)]\nenum MyError { NotFound }\nimpl std::error::Error for MyError ‸",
        Some("{}"),
    ),
    ("rust", "struct P;\nimpl Clone for P ‸", None),
    // A map's entries and an awaited response's body.
    (
        "cpp",
        "#include <map>\nint main() {\n    std::map<std::string, int> ages;\n    for (const auto& pair : ages) {\n        std::cout << pair.‸",
        Some("first"),
    ),
    (
        "cpp",
        "#include <vector>\nint main() {\n    std::vector<Point> pts;\n    for (const auto& p : pts) {\n        std::cout << p.‸",
        None,
    ),
    (
        "javascript",
        "async function getUser(id) {\n  const response = await fetch(`/api/users/${id}`);\n  const data = await ‸",
        Some("response.json();"),
    ),
    (
        "javascript",
        "async function getUser(id) {\n  const res = await fetch(url);\n  const html = await ‸",
        Some("res.text();"),
    ),
    (
        "javascript",
        "async function getUser(id) {\n  const res = await fetch(url);\n  const x = await ‸",
        None,
    ),
    (
        "javascript",
        "async function getUser(id) {\n  const user = await getUser(1);\n  const data = await ‸",
        None,
    ),
    // Two pointers walking towards each other compare the other end; Euclid through a temporary.
    (
        "java",
        "public class Main {\n    static boolean isPalindrome(String s) {\n        int left = 0, right = s.length() - 1;\n        while (left < right) {\n            if (s.charAt(left) != s.charAt(‸",
        Some("right)) {"),
    ),
    (
        "python",
        "def is_palindrome(s):\n    left, right = 0, len(s) - 1\n    while left < right:\n        if s[left] != s[‸",
        Some("right]:"),
    ),
    (
        "javascript",
        "function isPalindrome(s) {\n  let left = 0, right = s.length - 1;\n  while (left < right) {\n    if (s[left] !== s[‸",
        Some("right]) {"),
    ),
    (
        "go",
        "package main\nfunc isPalindrome(s string) bool {\n\tleft, right := 0, len(s)-1\n\tfor left < right {\n\t\tif s[left] != s[‸",
        Some("right] {"),
    ),
    (
        "python",
        "def f(s, t):\n    left, right = 0, len(s) - 1\n    while left < right:\n        if s[left] != t[‸",
        None,
    ),
    (
        "rust",
        "fn gcd(mut a: u64, mut b: u64) -> u64 {\n    while b != 0 {\n        let t = b;\n        b = ‸",
        Some("a % b;"),
    ),
    (
        "java",
        "public class Main {\n    static int gcd(int a, int b) {\n        while (b != 0) {\n            int temp = b;\n            b = ‸",
        Some("a % b;"),
    ),
    (
        "c",
        "int gcd(int a, int b) {\n    while (b != 0) {\n        b = ‸",
        None,
    ),
    // Wrong answers fixed: reversing words is no slice, a reduction named for a pick is no sum, a string is no test.
    ("python", "def reverse_words(sentence):\n    return ‸", None),
    (
        "javascript",
        "function reverseWords(str) {\n  return str.‸",
        None,
    ),
    (
        "javascript",
        "const words = text.split(' ');\nconst longest = words.reduce((a, b) => ‸",
        None,
    ),
    (
        "go",
        "package main\nimport \"strings\"\nfunc isPalindrome(s string) bool {\n\ts = strings.‸",
        None,
    ),
    (
        "go",
        "package main\nimport \"strings\"\nfunc main() {\n\tfound := strings.‸",
        Some("Contains()"),
    ),
    // Describing an object: `__repr__`'s `f"Point(` shows the attributes (it closed the string on `Point(` before).
    (
        "python",
        "class Point:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n\n    def __repr__(self):\n        return f\"Point(‸",
        Some("{self.x}, {self.y})\""),
    ),
    (
        "python",
        "class Animal:\n    def __init__(self, name):\n        self.name = name\n\n    def __str__(self):\n        return f\"‸",
        None,
    ),
    (
        "java",
        "import java.util.Objects;\npublic class Point {\n    private int x;\n    private int y;\n    @Override\n    public int hashCode() {\n        return Objects.‸",
        Some("hash(x, y);"),
    ),
    (
        "java",
        "import java.util.Objects;\npublic class Point {\n    private int x;\n    private int y;\n    public int size() {\n        return Objects.‸",
        None,
    ),
    (
        "cpp",
        "class Animal {\npublic:\n    virtual std::string speak() const = 0;\n};\nclass Dog : public Animal {\npublic:\n    std::string speak() const ‸",
        Some("override {"),
    ),
    (
        "cpp",
        "class Animal {\npublic:\n    virtual std::string speak() const = 0;\n};\nclass Dog : public Animal {\npublic:\n    std::string bark() const ‸",
        None,
    ),
    // Fibonacci's pair step where the pair started at 0, 1.
    (
        "python",
        "def fib():\n    a, b = 0, 1\n    while True:\n        yield a\n        a, b = ‸",
        Some("b, a + b"),
    ),
    ("python", "def f():\n    a, b = 1, 2\n    a, b = ‸", None),
    (
        "javascript",
        "function* fib() {\n  let [a, b] = [0, 1];\n  while (true) {\n    yield a;\n    [a, b] = ‸",
        Some("[b, a + b];"),
    ),
    (
        "go",
        "package main\nfunc fib(n int) int {\n\ta, b := 0, 1\n\tfor i := 0; i < n; i++ {\n\t\ta, b = ‸",
        Some("b, a+b"),
    ),
    // Counting with a default once the key is typed; reading a stream word by word; a file's lines.
    (
        "python",
        "counts = {}\nfor ch in text:\n    counts[ch] = counts.get(ch, ‸",
        Some("0) + 1"),
    ),
    (
        "python",
        "counts = {}\nfor ch in text:\n    total = counts.get(ch, ‸",
        None,
    ),
    (
        "java",
        "import java.util.*;\npublic class Main {\n    public static void main(String[] args) {\n        Map<String, Integer> counts = new HashMap<>();\n        counts.put(word, counts.getOrDefault(word, ‸",
        Some("0) + 1);"),
    ),
    (
        "cpp",
        "#include <sstream>\n#include <string>\nint main() {\n    std::stringstream ss(line);\n    std::string word;\n    while (ss >> ‸",
        Some("word) {"),
    ),
    ("cpp", "int main() {\n    int n;\n    while (x >> ‸", None),
    (
        "java",
        "import java.nio.file.*;\npublic class Main {\n    public static void main(String[] args) throws Exception {\n        List<String> lines = Files.‸",
        Some("readAllLines()"),
    ),
    (
        "java",
        "import java.nio.file.*;\npublic class Main {\n    public static void main(String[] args) throws Exception {\n        String text = Files.‸",
        None,
    ),
    // A string compared with the reversal just made of it; `super(` typed in a constructor; a swap's last line with a computed index.
    (
        "typescript",
        "function isPalindrome(s: string): boolean {\n  const reversed = s.split('').reverse().join('');\n  return s === ‸",
        Some("reversed;"),
    ),
    (
        "java",
        "public class Main {\n    static boolean isPalindrome(String s) {\n        String reversed = new StringBuilder(s).reverse().toString();\n        return s.equals(‸",
        Some("reversed);"),
    ),
    (
        "python",
        "def is_pal(s):\n    reversed_s = s[::-1]\n    return s == ‸",
        Some("reversed_s"),
    ),
    (
        "javascript",
        "function f(str) {\n  const upper = str.toUpperCase();\n  return str === ‸",
        None,
    ),
    (
        "java",
        "public class InvalidAgeException extends RuntimeException {\n    public InvalidAgeException(String message) {\n        super(‸",
        Some("message);"),
    ),
    (
        "java",
        "public class Dog {\n    public Dog(String name) {\n        super(‸",
        None,
    ),
    (
        "javascript",
        "class ValidationError extends Error {\n  constructor(message) {\n    super(‸",
        Some("message)"),
    ),
    (
        "javascript",
        "class Dog extends Animal {\n  constructor(name) {\n    super(‸",
        None,
    ),
    (
        "c",
        "#include <string.h>\nvoid reverse(char *s) {\n    int n = strlen(s);\n    for (int i = 0; i < n / 2; i++) {\n        char tmp = s[i];\n        s[i] = s[n - 1 - i];\n        ‸",
        Some("s[n - 1 - i] = tmp;"),
    ),
    // Go: a method an interface declares returns what it declares; Python: the open file as the argument that takes it.
    (
        "go",
        "package main\ntype Shape interface {\n\tArea() float64\n}\ntype Sq struct{ s float64 }\nfunc (q Sq) Area() ‸",
        Some("float64 {"),
    ),
    (
        "go",
        "package main\ntype Sq struct{ s float64 }\nfunc (q Sq) Area() ‸",
        None,
    ),
    (
        "python",
        "import json\nwith open(\"out.json\", \"w\") as f:\n    json.dump(data, ‸",
        Some("f)"),
    ),
    (
        "python",
        "import json\nwith open(\"in.json\") as f:\n    json.dump(data, ‸",
        None,
    ),
    (
        "python",
        "with open(\"data.txt\") as f:\n    for i, line in enumerate(‸",
        Some("f):"),
    ),
    ("python", "for i, line in enumerate(‸", None),
    // The sleep promise whole, a wrapped list's iterator, a file stream's open test, a loop collecting into a slice.
    (
        "javascript",
        "const sleep = (ms) => new Promise((resolve) => ‸",
        Some("setTimeout(resolve, ms))"),
    ),
    (
        "javascript",
        "function load() {\n  return new Promise((resolve) => ‸",
        None,
    ),
    (
        "python",
        "class Stack:\n    def __init__(self):\n        self.items = []\n    def __iter__(self):\n        return iter(‸",
        Some("self.items)"),
    ),
    (
        "python",
        "class Bag:\n    def __init__(self):\n        self.a = []\n        self.b = []\n    def __iter__(self):\n        return iter(‸",
        None,
    ),
    (
        "cpp",
        "#include <fstream>\nint main() {\n    std::ifstream in(\"data.txt\");\n    if (!in.‸",
        Some("is_open()) {"),
    ),
    (
        "cpp",
        "int main() {\n    std::string s;\n    if (!s.‸",
        None,
    ),
    (
        "go",
        "package main\nfunc main() {\n\tnums := []int{1, 2, 3}\n\tvar evens []int\n\tfor _, n := range nums {\n\t\tif n%2 == 0 {\n\t\t\tevens = ‸",
        Some("append(evens, n)"),
    ),
    (
        "go",
        "package main\nfunc main() {\n\tvar total int\n\tfor _, n := range nums {\n\t\ttotal = ‸",
        None,
    ),
    // Tokens, newlines and counts: C's strtok and strcspn, Rust's entry in a loop, Go's keys of a map; entries are no numbers.
    (
        "c",
        "#include <stdio.h>\nint main() {\n    char *token = strtok(line, \",\");\n    while (token != NULL) {\n        printf(\"%s\\n\", token);\n        token = strtok(‸",
        Some("NULL, \",\");"),
    ),
    (
        "c",
        "#include <stdio.h>\nint main() {\n    token = strtok(‸",
        None,
    ),
    (
        "c",
        "#include <stdio.h>\n#include <string.h>\nint main() {\n    char line[256];\n    while (fgets(line, sizeof(line), stdin)) {\n        line[strcspn(line, ‸",
        Some("\"\\n\")] = '\\0';"),
    ),
    (
        "rust",
        "use std::collections::HashMap;\nfn main() {\n    let mut counts: HashMap<char, usize> = HashMap::new();\n    for c in text.chars() {\n        *counts.entry(‸",
        Some("c).or_insert(0) += 1;"),
    ),
    (
        "rust",
        "fn main() {\n    let mut counts = Vec::new();\n    for c in text.chars() {\n        *counts.entry(‸",
        None,
    ),
    (
        "go",
        "package main\nimport \"sort\"\nfunc main() {\n\tkeys := make([]string, 0, len(m))\n\tfor k := range m {\n\t\tkeys = ‸",
        Some("append(keys, k)"),
    ),
    (
        "typescript",
        "const entries = Object.entries(counts).sort((a, b) => ‸",
        None,
    ),
    // A counting generator yields its counter; one named for what it computes is left alone.
    (
        "python",
        "def count_up(n):\n    i = 0\n    while i < n:\n        yield ‸",
        Some("i"),
    ),
    (
        "python",
        "def squares(n):\n    for i in range(n):\n        yield ‸",
        None,
    ),
    (
        "python",
        "def read(f):\n    for line in f:\n        yield ‸",
        None,
    ),
    (
        "javascript",
        "function* range(start, end) {\n  for (let i = start; i < end; i++) {\n    yield ‸",
        Some("i"),
    ),
    (
        "typescript",
        "function* countdown(n: number) {\n  while (n > 0) {\n    yield ‸",
        Some("n"),
    ),
    // Two things compared alike: an anagram test's other side, `__eq__`'s other object; a pointer's character converted.
    (
        "python",
        "def is_anagram(s1, s2):\n    return sorted(s1.lower()) == ‸",
        Some("sorted(s2.lower())"),
    ),
    (
        "python",
        "def compare(a, b):\n    return sorted(a) == ‸",
        None,
    ),
    (
        "javascript",
        "function isAnagram(a, b) {\n  return a.split('').sort().join('') === b.‸",
        Some("split('').sort().join('')"),
    ),
    (
        "python",
        "class Person:\n    def __init__(self, name, age):\n        self.name = name\n        self.age = age\n\n    def __eq__(self, other):\n        return self.name == ‸",
        Some("other.name"),
    ),
    (
        "python",
        "class Person:\n    def __eq__(self, other):\n        return self.name == other.name and self.age == ‸",
        Some("other.age"),
    ),
    (
        "python",
        "class Person:\n    def __lt__(self, other):\n        return self.age < ‸",
        Some("other.age"),
    ),
    (
        "python",
        "class Person:\n    def older(self, other):\n        return self.age < ‸",
        None,
    ),
    (
        "c",
        "#include <ctype.h>\nvoid to_lower(char *s) {\n    while (*s) {\n        *s = ‸",
        Some("tolower(*s);"),
    ),
    // A value named for being trimmed; an average's divisor; a word capitalized; a flattening comprehension; duplicates removed.
    (
        "python",
        "name = \"  Ada  \"\ncleaned = name.‸",
        Some("strip()"),
    ),
    ("javascript", "const trimmed = input.‸", Some("trim()")),
    (
        "go",
        "package main\nimport \"strings\"\nfunc main() {\n\ttrimmed := strings.‸",
        Some("TrimSpace()"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        String name = \"  Ada  \";\n        String trimmed = name.‸",
        Some("trim();"),
    ),
    (
        "rust",
        "fn main() {\n    let name = \"  Ada  \";\n    let trimmed = name.‸",
        Some("trim();"),
    ),
    (
        "javascript",
        "function average(nums) {\n  return nums.reduce((a, b) => a + b, 0) / ‸",
        Some("nums.length"),
    ),
    ("javascript", "const half = total / ‸", None),
    (
        "python",
        "def capitalize(s):\n    return s[0].upper() + s[‸",
        Some("1:]"),
    ),
    ("python", "x = a[0].upper() + b[‸", None),
    (
        "javascript",
        "function capitalize(str) {\n  return str.charAt(0).toUpperCase() + str.‸",
        Some("slice(1)"),
    ),
    ("javascript", "const x = a[0].toUpperCase() + b.‸", None),
    (
        "python",
        "def flatten(lists):\n    return [x for sub in lists for x in ‸",
        Some("sub]"),
    ),
    ("python", "for a in b:\n    for x in ‸", None),
    (
        "python",
        "def remove_duplicates(items):\n    return list(‸",
        Some("set(items))"),
    ),
    ("python", "def process(items):\n    return list(‸", None),
    (
        "javascript",
        "function removeDuplicates(arr) {\n  return [...new Set(‸",
        Some("arr)]"),
    ),
    (
        "javascript",
        "function merge(arr) {\n  return [...new Set(‸",
        None,
    ),
    // The error the file defines, thrown under a condition (a method's whole body still raises NotImplementedError).
    (
        "python",
        "class InsufficientFundsError(Exception):\n    pass\nclass BankAccount:\n    def withdraw(self, amount):\n        if amount > self.balance:\n            raise ‸",
        Some("InsufficientFundsError("),
    ),
    (
        "python",
        "class BankAccount:\n    def __init__(self, balance=0):\n        self.balance = balance\n    def withdraw(self, amount):\n        if amount > self.balance:\n            raise ‸",
        None,
    ),
    (
        "python",
        "class MyError(Exception):\n    pass\nclass Shape:\n    def area(self):\n        raise ‸",
        Some("NotImplementedError"),
    ),
    (
        "javascript",
        "class InsufficientFundsError extends Error {}\nfunction withdraw(amount) {\n  if (amount > balance) {\n    throw new ‸",
        Some("InsufficientFundsError("),
    ),
    (
        "java",
        "public class InsufficientFundsException extends Exception {\n    public InsufficientFundsException(String msg) { super(msg); }\n}\nclass Account {\n    void withdraw(double amount) throws ‸",
        Some("InsufficientFundsException {"),
    ),
    (
        "java",
        "class Account {\n    void withdraw(double amount) throws InsufficientFundsException {\n        if (amount > balance) {\n            throw new ‸",
        Some("InsufficientFundsException("),
    ),
    (
        "java",
        "class Account {\n    void withdraw(double amount) throws IOException {\n        if (amount > balance) {\n            throw new ‸",
        None,
    ),
    // A text method's format arguments: one per field, in order (Rust's one-line struct is read now too).
    (
        "go",
        "package main\nimport \"fmt\"\ntype Point struct {\n\tX int\n\tY int\n}\nfunc (p Point) String() string {\n\treturn fmt.Sprintf(\"(%d, %d)\", ‸",
        Some("p.X, p.Y)"),
    ),
    (
        "go",
        "package main\nimport \"fmt\"\ntype NotFoundError struct {\n\tName string\n}\nfunc (e *NotFoundError) Error() string {\n\treturn fmt.Sprintf(\"%s not found\", ‸",
        Some("e.Name)"),
    ),
    (
        "go",
        "package main\nimport \"fmt\"\ntype Point struct {\n\tX int\n\tY int\n}\nfunc (p Point) String() string {\n\treturn fmt.Sprintf(\"%d\", ‸",
        None,
    ),
    (
        "rust",
        "use std::fmt;\nstruct Point { x: i32, y: i32 }\nimpl fmt::Display for Point {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {\n        write!(f, \"({}, {})\", ‸",
        Some("self.x, self.y)"),
    ),
    (
        "rust",
        "use std::collections::HashMap;\nstruct Store {\n    items: HashMap<String, u32>,\n    count: usize,\n}\nimpl Store {\n    fn new() -> Self {\n        ‸",
        Some("Self { items: HashMap::new(), count: 0 }"),
    ),
    // Reading files to the end: an encoding inside JSON.parse, a reader's null, a buffered writer flushed, a line's Result.
    (
        "javascript",
        "const fs = require('fs');\nconst data = JSON.parse(fs.readFileSync('data.json', ‸",
        Some("'utf8'));"),
    ),
    (
        "java",
        "import java.io.*;\npublic class Main {\n    public static void main(String[] args) throws IOException {\n        try (BufferedReader br = new BufferedReader(new FileReader(\"data.txt\"))) {\n            String line;\n            while ((line = br.readLine()) != ‸",
        Some("null) {"),
    ),
    (
        "go",
        "package main\nimport (\"bufio\"; \"os\")\nfunc main() {\n\tf, _ := os.Create(\"out.txt\")\n\tdefer f.Close()\n\tw := bufio.NewWriter(f)\n\tdefer ‸",
        Some("w.Flush()"),
    ),
    (
        "rust",
        "use std::io::{self, BufRead};\nfn main() {\n    let stdin = io::stdin();\n    for line in stdin.lock().lines() {\n        let line = line.‸",
        Some("unwrap();"),
    ),
    (
        "rust",
        "fn main() {\n    for line in text.lines() {\n        let line = line.‸",
        None,
    ),
    // Simple async fetches: a promise chain's catch, aiohttp's awaited body, Go's body read whole.
    (
        "javascript",
        "fetchData()\n  .then((data) => console.log(data))\n  .catch((err) => ‸",
        Some("console.error(err))"),
    ),
    (
        "python",
        "import asyncio\nimport aiohttp\nasync def fetch(session, url):\n    async with session.get(url) as resp:\n        return await resp.‸",
        Some("json()"),
    ),
    (
        "python",
        "async def f():\n    async with lock as resp:\n        return await resp.‸",
        None,
    ),
    // An overriding method calls the parent's own version; a lookup tested where it is made.
    (
        "python",
        "class Animal:\n    def describe(self, prefix):\n        return self.name\nclass Dog(Animal):\n    def describe(self, prefix):\n        return super().‸",
        Some("describe(prefix)"),
    ),
    (
        "python",
        "class Dog(Animal):\n    def __init__(self, name):\n        super().‸",
        Some("__init__("),
    ),
    (
        "java",
        "public class Dog extends Animal {\n    @Override\n    public String describe() {\n        return super.‸",
        Some("describe();"),
    ),
    (
        "java",
        "public class Dog extends Animal {\n    public Dog(String name) {\n        super.‸",
        None,
    ),
    (
        "javascript",
        "class Dog extends Animal {\n  speak() {\n    super.‸",
        Some("speak()"),
    ),
    (
        "cpp",
        "class Dog : public Animal {\npublic:\n    void speak() const override {\n        Animal::‸",
        Some("speak();"),
    ),
    // A parameter the header shows only by its type (`char[] str`) is not passed on to the parent (the JDK's StringBuffer.insert).
    (
        "java",
        "public class SB extends AbstractSB {\n    public synchronized SB insert(int index, char[] str, int offset, int len) {\n        super.‸",
        None,
    ),
    (
        "go",
        "package main\nfunc main() {\n\tages := map[string]int{}\n\tage, ok := ages[\"bob\"]\n\tif !‸",
        Some("ok {"),
    ),
    (
        "cpp",
        "#include <map>\nint main() {\n    std::map<std::string, int> ages;\n    if (ages.find(\"bob\") != ‸",
        Some("ages.end()) {"),
    ),
    // Rust closures named by their result, as JavaScript's and Python's filters are.
    (
        "rust",
        "fn main() {\n    let nums = vec![1, 2, 3];\n    let squares: Vec<i32> = nums.iter().map(|x| ‸",
        Some("x * x)"),
    ),
    (
        "rust",
        "fn main() {\n    let words = vec![\"a\", \"bb\"];\n    let lengths: Vec<usize> = words.iter().map(|w| w.‸",
        Some("len())"),
    ),
    (
        "rust",
        "fn main() {\n    let nums = vec![1, 2, 3];\n    let evens: Vec<i32> = nums.into_iter().filter(|n| ‸",
        Some("*n % 2 == 0)"),
    ),
    (
        "rust",
        "fn main() {\n    let nums = vec![1, 2, 3];\n    let big: Vec<i32> = nums.iter().filter(|n| ‸",
        None,
    ),
    // Wrong answer fixed: the length of `strings.`'s leading test (`len(strings.` offered `Contains()`) is no count.
    (
        "go",
        "package main\nimport \"strings\"\nfunc countWords(s string) int {\n\treturn len(strings.‸",
        None,
    ),
    (
        "go",
        "package main\nimport \"strings\"\nfunc main() {\n\tif strings.‸",
        Some("Contains()"),
    ),
    // Counting words in every language (Python's `len(s.split(` offered `s` inline before).
    (
        "python",
        "def count_words(s):\n    return len(s.split(‸",
        Some("))"),
    ),
    (
        "java",
        "public class Main {\n    static int countWords(String s) {\n        return s.trim().split(‸",
        Some("\"\\\\s+\").length;"),
    ),
    (
        "typescript",
        "function countWords(text: string): number {\n  return text.trim().split(‸",
        Some("/\\s+/).length"),
    ),
    (
        "javascript",
        "function countWords(str) {\n  return str.split(' ').‸",
        Some("length"),
    ),
    (
        "go",
        "package main\nimport \"strings\"\nfunc countWords(s string) int {\n\treturn len(strings.Fields(‸",
        Some("s))"),
    ),
    (
        "rust",
        "fn count_words(s: &str) -> usize {\n    s.split_whitespace().‸",
        Some("count()"),
    ),
    (
        "javascript",
        "function letters(str) {\n  return str.split(' ').‸",
        None,
    ),
    // A string converted in place in a function named for its case (the fourth argument was answered `s`).
    (
        "cpp",
        "#include <string>\n#include <algorithm>\nstd::string toUpper(std::string s) {\n    std::transform(s.begin(), s.end(), s.begin(), ‸",
        Some("::toupper);"),
    ),
    (
        "cpp",
        "#include <string>\n#include <algorithm>\nstd::string to_lower(std::string s) {\n    std::transform(s.begin(), s.end(), s.begin(), ‸",
        Some("::tolower);"),
    ),
    // A fetch's failure message names the response's status; a CSV file's header row; a list joined back.
    (
        "javascript",
        "async function load(url) {\n  const response = await fetch(url);\n  if (!response.ok) {\n    throw new Error(`HTTP error! status: ${response.‸",
        Some("status"),
    ),
    (
        "javascript",
        "async function load(url) {\n  const response = await fetch(url);\n  if (!response.ok) {\n    throw new Error(`Request failed: ${response.‸",
        None,
    ),
    (
        "javascript",
        "function show(response) {\n  console.log(`status: ${response.‸",
        None,
    ),
    (
        "python",
        "import csv\nwith open(\"data.csv\") as f:\n    reader = csv.reader(f)\n    header = next(‸",
        Some("reader)"),
    ),
    (
        "python",
        "import csv\nwith open(\"data.csv\") as f:\n    reader = csv.DictReader(f)\n    next(‸",
        Some("reader)"),
    ),
    ("python", "it = iter(items)\nfirst = next(‸", None),
    (
        "python",
        "words = text.split()\nwords.reverse()\nprint(\" \".join(‸",
        Some("words))"),
    ),
    (
        "python",
        "def join_words(words):\n    return \", \".join(‸",
        Some("words)"),
    ),
    (
        "python",
        "def render(rows):\n    parts = []\n    for row in rows:\n        parts.append(str(row))\n    result = \"\\n\".join(‸",
        Some("parts)"),
    ),
    ("python", "def render(node):\n    return \"\".join(‸", None),
    ("python", "count = 3\nlabel = \" \".join(‸", None),
    // Sixteenth round (r16b): a new user's everyday Rust, Go, Java, C and C++, answered or deliberately left alone.
    (
        "rust",
        "fn main() {\n    let v = vec![1, 2, 3];\n    let total: i32 = v.iter().‸",
        Some("sum()"),
    ),
    (
        "rust",
        "let doubled: Vec<i32> = nums.iter().map(|x| x * 2).‸",
        Some("collect()"),
    ),
    (
        "rust",
        "let evens: Vec<i32> = numbers.into_iter().filter(|n| n % 2 == 0).‸",
        Some("collect()"),
    ),
    (
        "rust",
        "let mut counts: HashMap<String, i32> = HashMap::new();\nfor word in text.split_whitespace() {\n    *counts.entry(word.to_string()).‸",
        Some("or_insert(0) += 1;"),
    ),
    (
        "rust",
        "match age.parse::<u32>() {\n    Ok(n) => println!(\"{}\", n),\n    ‸",
        Some("Err(err) => "),
    ),
    (
        "rust",
        "fn divide(a: f64, b: f64) -> Option<f64> {\n    if b == 0.0 {\n        return ‸",
        Some("None;"),
    ),
    (
        "rust",
        "fn read_name() -> Result<String, std::io::Error> {\n    let mut s = String::new();\n    std::io::stdin().read_line(&mut s)‸",
        Some("?;"),
    ),
    (
        "rust",
        "use std::io;\n\nfn main() {\n    let mut input = String::new();\n    io::stdin().read_line(&mut ‸",
        Some("input)"),
    ),
    (
        "rust",
        "if let Some(first) = names.first() {\n    println!(\"{}\", ‸",
        Some("first);"),
    ),
    (
        "rust",
        "impl fmt::Display for Point {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {\n        ‸",
        Some("write!(f, \""),
    ),
    (
        "rust",
        "struct Person {\n    name: String,\n    age: u32,\n}\n\nimpl Person {\n    fn new(name: String, age: u32) -> Self {\n        ‸",
        Some("Self { name, age }"),
    ),
    (
        "rust",
        "let name = String::from(\"Ann\");\nlet greeting = format!(\"Hello, {}!\", ‸",
        Some("name);"),
    ),
    (
        "rust",
        "for (i, item) in items.iter().‸",
        Some("enumerate() {"),
    ),
    (
        "rust",
        "fn main() {\n    let scores = vec![3, 7, 1];\n    for i in 0..scores.‸",
        Some("len() {"),
    ),
    (
        "rust",
        "let s = \"hello world\";\nlet words: Vec<&str> = s.split(' ').‸",
        Some("collect()"),
    ),
    ("rust", "struct Config {\n    ‸", None),
    (
        "rust",
        "trait Shape {\n    fn area(&self) -> f64;\n}\n\nstruct Circle {\n    r: f64,\n}\n\nimpl Shape for Circle {\n    ‸",
        Some("fn area(&self) -> f64 {"),
    ),
    (
        "rust",
        "let biggest = list.iter().max();\nmatch biggest {\n    Some(m) => println!(\"max {}\", m),\n    ‸",
        Some("None => "),
    ),
    ("rust", "fn main() {\n    let x = 5;\n    ‸", None),
    ("rust", "while let Some(top) = stack.‸", Some("pop() {")),
    (
        "rust",
        "use std::fs::File;\nuse std::io;\n\nfn load() -> io::Result<String> {\n    let mut file = File::open(\"data.txt\")‸",
        Some("?;"),
    ),
    (
        "rust",
        "let mut v: Vec<String> = Vec::new();\nv.push(‸",
        None,
    ),
    (
        "rust",
        "match command.as_str() {\n    \"add\" => add_item(&mut list),\n    ‸",
        None,
    ),
    (
        "rust",
        "let reversed: String = word.chars().rev().‸",
        Some("collect()"),
    ),
    (
        "rust",
        "fn largest(list: &[i32]) -> i32 {\n    let mut largest = list[0];\n    for &item in list {\n        if item > largest {\n            largest = ‸",
        Some("item;"),
    ),
    ("rust", "let name = ‸", None),
    (
        "go",
        "nums := []int{1, 2, 3}\nnums = append(‸",
        Some("nums, "),
    ),
    (
        "go",
        "names := []string{\"a\", \"b\"}\nfor _, name := range ‸",
        Some("names {"),
    ),
    (
        "go",
        "m := make(map[string]int)\nm[\"a\"] = 1\nif v, ok := m[\"a\"]; ‸",
        Some("ok {"),
    ),
    (
        "go",
        "func load(path string) error {\n\tf, err := os.Open(path)\n\tif err != nil {\n\t\treturn ‸",
        Some("err"),
    ),
    (
        "go",
        "func load(path string) error {\n\tf, err := os.Open(path)\n\tif err != nil {\n\t\treturn err\n\t}\n\t‸",
        Some("defer f.Close()"),
    ),
    (
        "go",
        "func load(path string) error {\n\tf, err := os.Open(path)\n\tif err != nil {\n\t\treturn fmt.Errorf(\"open %s: %w\", path, ‸",
        Some("err)"),
    ),
    (
        "go",
        "type Rect struct {\n\tW, H float64\n}\n\nfunc (r Rect) ‸",
        None,
    ),
    (
        "go",
        "var wg sync.WaitGroup\nfor i := 0; i < 5; i++ {\n\twg.‸",
        Some("Add(1)"),
    ),
    (
        "go",
        "for i := 0; i < 5; i++ {\n\twg.Add(1)\n\tgo func(n int) {\n\t\tdefer wg.‸",
        Some("Done()"),
    ),
    (
        "go",
        "for _, u := range urls {\n\twg.Add(1)\n\tgo fetch(u, &wg)\n}\nwg.‸",
        Some("Wait()"),
    ),
    (
        "go",
        "ch := make(chan int)\ngo func() {\n\tch <- 42\n}()\nv := ‸",
        Some("<-ch"),
    ),
    (
        "go",
        "count := len(items)\nfmt.Printf(\"%d items\\n\", ‸",
        Some("count"),
    ),
    ("go", "parts := strings.Split(line, ‸", None),
    (
        "go",
        "name := \"gopher\"\nfmt.Println(\"Hello, \" + ‸",
        Some("name"),
    ),
    (
        "go",
        "nums := []int{4, 5}\nfor i := 0; i < len(‸",
        Some("nums); i++ {"),
    ),
    ("go", "func main() {\n\t‸", None),
    (
        "go",
        "data, err := os.ReadFile(\"x.txt\")\nif err != nil {\n\tlog.‸",
        Some("Fatal(err)"),
    ),
    (
        "go",
        "type Stack struct {\n\titems []int\n}\n\nfunc (s *Stack) Push(v int) {\n\ts.items = append(‸",
        Some("s.items, "),
    ),
    ("go", "s := strconv.Itoa(‸", None),
    (
        "go",
        "counts := map[string]int{}\nfor _, w := range words {\n\tcounts[‸",
        Some("w]++"),
    ),
    (
        "go",
        "select {\ncase msg := <-messages:\n\tfmt.Println(msg)\n‸",
        None,
    ),
    ("go", "type Animal interface {\n\t‸", None),
    (
        "go",
        "func fetch(url string) error {\n\tres, err := http.Get(url)\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer res.‸",
        Some("Body.Close()"),
    ),
    (
        "go",
        "func sum(nums ...int) int {\n\ttotal := 0\n\tfor _, n := range nums {\n\t\ttotal += n\n\t}\n\treturn ‸",
        Some("total"),
    ),
    (
        "go",
        "if len(os.Args) < 2 {\n\tfmt.Println(\"usage: prog <file>\")\n\tos.‸",
        Some("Exit(1)"),
    ),
    (
        "go",
        "n, err := strconv.Atoi(s)\nif ‸",
        Some("err != nil {"),
    ),
    (
        "go",
        "results := make(chan string)\nfor i := 0; i < 3; i++ {\n\tgo worker(i, results)\n}\nfor i := 0; i < 3; i++ {\n\tfmt.Println(‸",
        Some("<-results)"),
    ),
    (
        "go",
        "scanner := bufio.NewScanner(os.Stdin)\nfor scanner.‸",
        Some("Scan() {"),
    ),
    (
        "go",
        "scanner := bufio.NewScanner(os.Stdin)\nfor scanner.Scan() {\n\tline := scanner.‸",
        Some("Text()"),
    ),
    (
        "go",
        "var mu sync.Mutex\nmu.Lock()\ndefer mu.‸",
        Some("Unlock()"),
    ),
    ("java", "List<String> names = new ArrayList<‸", Some(">();")),
    (
        "java",
        "Map<String, Integer> ages = new HashMap<>();\nfor (Map.Entry<String, Integer> e : ages.‸",
        Some("entrySet()) {"),
    ),
    (
        "java",
        "List<String> names = List.of(\"a\", \"b\");\nfor (String name : ‸",
        Some("names) {"),
    ),
    ("java", "Scanner sc = new Scanner(‸", Some("System.in);")),
    (
        "java",
        "Scanner sc = new Scanner(System.in);\nint n = sc.next‸",
        Some("Int()"),
    ),
    (
        "java",
        "StringBuilder sb = new StringBuilder();\nfor (int i = 0; i < 5; i++) {\n    sb.‸",
        Some("append()"),
    ),
    (
        "java",
        "StringBuilder sb = new StringBuilder();\nsb.append(\"x\");\nString result = sb.‸",
        Some("toString();"),
    ),
    (
        "java",
        "List<Integer> evens = nums.stream().filter(n -> n % 2 == 0).‸",
        Some("collect(Collectors.toList());"),
    ),
    (
        "java",
        "try (BufferedReader br = new BufferedReader(new FileReader(path))) {\n    String line;\n    while ((line = br.‸",
        Some("readLine()) != null) {"),
    ),
    (
        "java",
        "try {\n    load();\n} catch (IOException e) {\n    e.‸",
        Some("printStackTrace();"),
    ),
    (
        "java",
        "String label = switch (day) {\n    case MONDAY -> \"start\";\n    ‸",
        None,
    ),
    (
        "java",
        "interface Animal {\n    String sound();\n}\n\nclass Dog implements Animal {\n    @Override\n    public ‸",
        Some("String sound() {"),
    ),
    (
        "java",
        "Optional<String> found = names.stream().filter(s -> s.startsWith(\"A\")).‸",
        Some("findFirst();"),
    ),
    ("java", "String name = found.orElse(‸", None),
    (
        "java",
        "public static void main(String[] args) {\n    ‸",
        None,
    ),
    (
        "java",
        "int total = a + b;\nSystem.out.println(\"Total: \" + ‸",
        Some("total"),
    ),
    ("java", "if (name.equals(‸", None),
    (
        "java",
        "int[] arr = {3, 1, 2};\nfor (int i = 0; i < arr.‸",
        Some("length"),
    ),
    (
        "java",
        "List<Integer> list = new ArrayList<>();\nfor (int i = 0; i < list.‸",
        Some("size()"),
    ),
    ("java", "throw new IllegalArgumentException(‸", None),
    (
        "java",
        "public Person(String name, int age) {\n    this.name = name;\n    ‸",
        Some("this.age = age;"),
    ),
    (
        "java",
        "class Person {\n    private String name;\n\n    public String getName() {\n        return ‸",
        Some("name;"),
    ),
    (
        "java",
        "int sum = nums.stream().mapToInt(Integer::intValue).‸",
        Some("sum();"),
    ),
    (
        "java",
        "Map<String, Integer> counts = new HashMap<>();\nfor (String w : words) {\n    counts.put(w, counts.getOrDefault(‸",
        Some("w, 0) + 1);"),
    ),
    ("java", "interface Shape {\n    ‸", None),
    ("java", "String[] parts = line.split(‸", None),
    (
        "java",
        "Scanner sc = new Scanner(System.in);\nString line = sc.‸",
        Some("nextLine()"),
    ),
    (
        "java",
        "Optional<User> user = repo.findById(id);\nif (user.‸",
        Some("isPresent()) {"),
    ),
    (
        "java",
        "record Point(int x, int y) {}\n\nPoint p = new Point(1, 2);\nSystem.out.println(p.‸",
        None,
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main(void) {\n    int n;\n    scanf(\"%d\", ‸",
        Some("&n);"),
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main(void) {\n    int n;\n    scanf(\"%d\", ‸)",
        Some("&n"),
    ),
    (
        "c",
        "double price = 3.5;\nprintf(\"Price: %.2f\\n\", ‸",
        Some("price"),
    ),
    ("c", "char name[50];\nscanf(\"%s\", ‸", Some("name);")),
    (
        "c",
        "int arr[5] = {1, 2, 3, 4, 5};\nfor (int i = 0; i < ‸",
        Some("5; i++) {"),
    ),
    ("c", "for (int i = 0; i < n; ‸", Some("i++) {")),
    (
        "c",
        "char word[] = \"hello\";\nint len = strlen(‸",
        Some("word);"),
    ),
    ("c", "if (strcmp(a, b) ‸", Some("== 0) {")),
    ("c", "strcpy(‸", None),
    ("c", "int *arr = malloc(n * sizeof(‸", Some("int));")),
    (
        "c",
        "int *arr = malloc(n * sizeof(int));\nif (arr == ‸",
        Some("NULL) {"),
    ),
    (
        "c",
        "int *arr = malloc(n * sizeof(int));\narr[0] = 1;\nfree(‸",
        Some("arr"),
    ),
    (
        "c",
        "typedef struct {\n    char name[32];\n    int age;\n} ‸",
        None,
    ),
    (
        "c",
        "FILE *fp = fopen(\"out.txt\", \"w\");\nif (fp == ‸",
        Some("NULL) {"),
    ),
    (
        "c",
        "FILE *fp = fopen(\"out.txt\", \"w\");\nfprintf(fp, \"hi\\n\");\nfclose(‸",
        Some("fp"),
    ),
    (
        "c",
        "void swap(int *a, int *b) {\n    int tmp = *a;\n    *a = ‸",
        Some("*b;"),
    ),
    (
        "c",
        "void swap(int *a, int *b) {\n    int tmp = *a;\n    *a = *b;\n    *b = ‸",
        Some("tmp;"),
    ),
    ("c", "printf(\"Hello, World!‸", Some("\\n\");")),
    ("c", "int main(void) {\n    ‸", None),
    (
        "c",
        "FILE *fp = fopen(\"in.txt\", \"r\");\nchar line[256];\nwhile (fgets(line, sizeof(line), ‸",
        Some("fp)) {"),
    ),
    (
        "c",
        "int main(void) {\n    printf(\"hi\\n\");\n    return ‸",
        Some("0;"),
    ),
    (
        "c",
        "struct Student s;\ns.age = 20;\nstrcpy(s.name, ‸",
        None,
    ),
    (
        "c",
        "int max = arr[0];\nfor (int i = 1; i < n; i++) {\n    if (arr[i] > max) {\n        max = ‸",
        Some("arr[i];"),
    ),
    (
        "c",
        "struct Point *p = malloc(sizeof(‸",
        Some("struct Point));"),
    ),
    (
        "c",
        "int x;\nprintf(\"Enter a number: \");\nscanf(\"%d\", ‸",
        Some("&x);"),
    ),
    ("cpp", "#include <iostream>\n#include <‸", None),
    (
        "cpp",
        "std::vector<int> v = {3, 1, 2};\nstd::sort(‸",
        Some("v.begin(), v.end());"),
    ),
    (
        "cpp",
        "std::vector<int> v = {3, 1, 2};\nstd::sort(‸)",
        Some("v.begin(), v.end()"),
    ),
    ("cpp", "std::cout << \"Hello\" << ‸", Some("std::endl;")),
    (
        "cpp",
        "std::vector<int> v = {1, 2};\nfor (const auto& x : ‸",
        Some("v) {"),
    ),
    (
        "cpp",
        "std::map<std::string, int> ages;\nages[\"bob\"] = 3;\nfor (const auto& [name, age] : ‸",
        Some("ages) {"),
    ),
    (
        "cpp",
        "int total = std::accumulate(nums.begin(), ‸",
        Some("nums.end(), 0);"),
    ),
    (
        "cpp",
        "auto it = std::find(v.begin(), v.end(), 3);\nif (it != ‸",
        Some("v.end()) {"),
    ),
    ("cpp", "std::string s = \"hello\";\nstd::cout << s.‸", None),
    (
        "cpp",
        "std::unordered_map<std::string, int> freq;\nfor (const auto& w : words) {\n    freq[‸",
        Some("w]++;"),
    ),
    (
        "cpp",
        "class Dog {\n    std::string name_;\npublic:\n    Dog(std::string name) : ‸",
        Some("name_(name) {}"),
    ),
    ("cpp", "auto p = std::make_unique<‸", None),
    (
        "cpp",
        "std::unique_ptr<Node> node = std::make_unique<‸",
        Some("Node>();"),
    ),
    ("cpp", "int n;\nstd::cin >> ‸", Some("n;")),
    (
        "cpp",
        "std::set<int> seen;\nif (seen.find(x) != ‸",
        Some("seen.end()) {"),
    ),
    ("cpp", "int main() {\n    ‸", None),
    (
        "cpp",
        "std::vector<std::string> names;\nnames.push_back(‸",
        None,
    ),
    (
        "cpp",
        "std::vector<int> v(10);\nfor (int i = 0; i < v.‸",
        Some("size()"),
    ),
    (
        "cpp",
        "std::string line;\nwhile (std::getline(std::cin, ‸",
        Some("line)) {"),
    ),
    (
        "cpp",
        "int sum = a + b;\nstd::cout << \"Sum: \" << sum << ‸",
        Some("std::endl;"),
    ),
    (
        "cpp",
        "#include <iostream>\nusing namespace ‸",
        Some("std;"),
    ),
    (
        "cpp",
        "class Shape {\npublic:\n    virtual double area() const = 0;\n    virtual ~‸",
        Some("Shape();"),
    ),
    (
        "cpp",
        "std::sort(v.begin(), v.end(), [](int a, int b) { return ‸",
        Some("a < b; });"),
    ),
    (
        "cpp",
        "int main() {\n    std::cout << \"hi\\n\";\n    return ‸",
        Some("0;"),
    ),
    (
        "cpp",
        "if (s.find(\"abc\") != std::string::‸",
        Some("npos) {"),
    ),
    (
        "cpp",
        "std::vector<int> squares;\nfor (int i = 0; i < 10; i++) {\n    squares.‸",
        Some("push_back()"),
    ),
    (
        "cpp",
        "std::map<std::string, int> m;\nif (m.count(key)‸",
        None,
    ),
    (
        "cpp",
        "std::shared_ptr<Widget> w = std::make_shared<‸",
        Some("Widget>();"),
    ),
    ("rust", "impl Person {\n    ‸", None),
    ("go", "x := ‸", None),
    ("java", "public class Main {\n    ‸", None),
    ("c", "int x = ‸", None),
    ("cpp", "std::string name = ‸", None),
    ("go", "import (\n\t\"fmt\"\n\t‸", None),
    (
        "rust",
        "for line in lines {\n    if let Ok(n) = line.parse::<i32>() {\n        println!(\"{}\", ‸",
        Some("n);"),
    ),
    (
        "rust",
        "fn main() {\n    let city = \"Oslo\";\n    let msg = format!(\"I live in {}\", ‸",
        Some("city);"),
    ),
    (
        "rust",
        "let total = 10;\nlet report = format!(\"total: {}\", ‸)",
        Some("total"),
    ),
    (
        "rust",
        "while let Some(job) = queue.pop() {\n    println!(\"{:?}\", ‸",
        Some("job);"),
    ),
    (
        "rust",
        "let mut freq: HashMap<char, usize> = HashMap::new();\nfor c in s.chars() {\n    *freq.entry(c.to_ascii_lowercase()).‸",
        Some("or_insert(0) += 1;"),
    ),
    (
        "rust",
        "pub trait Animal {\n    fn name(&self) -> String;\n    fn speak(&self) -> String;\n}\n\nimpl Animal for Dog {\n    ‸",
        Some("fn name(&self) -> String {"),
    ),
    (
        "rust",
        "impl fmt::Display for Money {\n    ‸",
        Some("fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {"),
    ),
    (
        "rust",
        "let words = vec![\"a\", \"b\"];\nfor idx in 0..words.‸",
        Some("len() {"),
    ),
    (
        "rust",
        "let mut name = String::new();\nstd::io::stdin().read_line(&mut ‸)",
        Some("name"),
    ),
    (
        "rust",
        "let mut best = scores[0];\nfor &s in scores.iter() {\n    if s > best {\n        best = ‸",
        Some("s;"),
    ),
    ("rust", "if a > b {\n    max = ‸", None),
    ("rust", "if n < 0 {\n    n = ‸", None),
    (
        "rust",
        "fn main() {\n    let mut s = String::new();\n    std::io::stdin().read_line(&mut s)‸",
        None,
    ),
    (
        "rust",
        "fn save(p: &Path) -> io::Result<()> {\n    let mut f = File::create(p)?;\n    f.write_all(b\"hi\")‸",
        Some("?;"),
    ),
    (
        "go",
        "func readConfig(name string) error {\n\tfile, err := os.Create(name)\n\tif err != nil {\n\t\treturn ‸",
        Some("err"),
    ),
    (
        "go",
        "func readConfig(name string) (*Config, error) {\n\tfile, err := os.Open(name)\n\tif err != nil {\n\t\treturn ‸",
        Some("nil, "),
    ),
    (
        "go",
        "func run() error {\n\tconn, err := net.Dial(\"tcp\", addr)\n\tif err != nil {\n\t\treturn err\n\t}\n\t‸",
        Some("defer conn.Close()"),
    ),
    (
        "go",
        "func run() error {\n\tdata, err := os.ReadFile(p)\n\tif err != nil {\n\t\treturn err\n\t}\n\t‸",
        None,
    ),
    ("go", "for i := 0; i < len(‸", None),
    (
        "go",
        "var group sync.WaitGroup\nfor _, f := range files {\n\tgroup.Add(1)\n\tgo process(f, &group)\n}\ngroup.‸",
        Some("Wait()"),
    ),
    ("go", "if v > highest {\n\thighest = ‸", Some("v")),
    (
        "go",
        "out := make(chan int)\nfor _, n := range nums {\n\tgo func(n int) {\n\t\tout <- n * n\n\t}(n)\n}\nfor range nums {\n\tfmt.Println(‸",
        Some("<-out)"),
    ),
    ("go", "for i := 0; i < 3; i++ {\n\tfmt.Println(‸", Some("i")),
    (
        "java",
        "Map<String, List<Integer>> index = new HashMap<‸",
        Some(">();"),
    ),
    (
        "java",
        "ArrayList<String> list = new ArrayList<‸",
        Some(">();"),
    ),
    ("java", "String s = new String(‸", None),
    (
        "java",
        "Optional<Integer> biggest = numbers.stream().max(Integer::compare);\nif (biggest.‸",
        Some("isPresent()) {"),
    ),
    (
        "java",
        "double avg = scores.stream().mapToDouble(Double::doubleValue).‸",
        Some("sum();"),
    ),
    (
        "java",
        "long n = words.stream().filter(w -> w.length() > 3).‸",
        Some("count();"),
    ),
    (
        "java",
        "StringBuilder out = new StringBuilder();\nString text = out.‸",
        Some("toString();"),
    ),
    ("java", "String text = name.‸", None),
    (
        "java",
        "interface Greeter {\n    String greet(String name);\n    default void hi() {}\n}\n\npublic class Polite implements Greeter {\n    @Override\n    public ‸",
        Some("String greet(String name) {"),
    ),
    (
        "java",
        "public class Polite implements Greeter {\n    @Override\n    public String ‸",
        Some("toString() {"),
    ),
    (
        "java",
        "if (nums[i] < min) {\n    min = ‸",
        Some("nums[i];"),
    ),
    (
        "c",
        "double temps[7];\nfor (int i = 0; i < ‸",
        Some("7; i++) {"),
    ),
    (
        "c",
        "#define SIZE 10\nint grid[SIZE];\nfor (int k = 0; k < ‸",
        Some("SIZE; k++) {"),
    ),
    ("c", "int a[] = {1, 2, 3};\nfor (int i = 0; i < ‸", None),
    ("c", "int x[3];\nint y[4];\nfor (int i = 0; i < ‸", None),
    (
        "c",
        "FILE *in = fopen(argv[1], \"r\");\nwhile (fgets(buf, sizeof buf, in)) {}\nfclose(‸)",
        Some("in"),
    ),
    ("c", "printf(\"Goodbye!‸\")", Some("\\n")),
    ("c", "printf(\"Name?‸", Some("\");")),
    ("c", "fprintf(stderr, \"Error!‸", Some("\\n\");")),
    ("c", "if (score > best) {\n    best = ‸", Some("score;")),
    ("c", "if (x > 100) {\n    x = ‸", None),
    (
        "cpp",
        "std::vector<double> prices;\ndouble total = std::accumulate(prices.begin(), ‸",
        Some("prices.end(), 0.0);"),
    ),
    (
        "cpp",
        "auto best = std::max_element(scores.begin(), ‸",
        Some("scores.end());"),
    ),
    (
        "cpp",
        "std::string line;\nif (line.find(' ') == ‸",
        Some("std::string::npos) {"),
    ),
    (
        "cpp",
        "std::unordered_map<int, int> m;\nif (m.find(3) == ‸",
        Some("m.end()) {"),
    ),
    (
        "cpp",
        "if (text.find(word) != std::string::‸)",
        Some("npos"),
    ),
    ("cpp", "printf(\"Done.‸", Some("\\n\");")),
    (
        "go",
        "name := \"Bo\"\nage := 7\nfmt.Printf(\"%s is %d years old\\n\", name, ‸",
        Some("age)"),
    ),
    (
        "go",
        "name := \"Bo\"\nage := 7\nfmt.Printf(\"%s is %d years old\\n\", name, ‸)",
        Some("age"),
    ),
    (
        "go",
        "name := \"Bo\"\nage := 7\nfmt.Printf(\"%s is %d years old\\n\", age, ‸",
        None,
    ),
    (
        "c",
        "int w = 3;\nint h = 4;\nint area = w * h;\nprintf(\"%d x %d = %d\\n\", w, ‸",
        Some("h, area);"),
    ),
    (
        "java",
        "String name = \"Al\";\nint age = 3;\nSystem.out.printf(\"%s is %d%n\", name, ‸",
        Some("age);"),
    ),
    (
        "rust",
        "let name = \"Al\";\nlet age = 3;\nprintln!(\"{} is {}\", name, ‸",
        Some("age);"),
    ),
    (
        "cpp",
        "int a = 1;\nint b = 2;\nprintf(\"%d %d\\n\", a, ‸",
        Some("b);"),
    ),
    (
        "go",
        "x := 1\ny := 2\nfmt.Printf(\"%d %d\\n\", x, y, ‸",
        None,
    ),
    (
        "rust",
        "struct Person {\n    name: String,\n}\n\nimpl Person {\n    fn greet(&self) {\n        println!(\"Hi, {}\", self.‸",
        Some("name);"),
    ),
    (
        "rust",
        "struct Person {\n    name: String,\n    age: u32,\n}\n\nimpl Person {\n    fn show(&self) {\n        println!(\"Age: {}\", self.‸",
        Some("age);"),
    ),
    (
        "rust",
        "struct Person {\n    name: String,\n    age: u32,\n}\n\nimpl Person {\n    fn show(&self) {\n        println!(\"Hello {}\", self.‸",
        None,
    ),
    (
        "rust",
        "struct Counter {\n    count: u32,\n}\n\nimpl Counter {\n    fn show(&self) {\n        println!(\"count = {}\", self.c‸",
        Some("ount"),
    ),
    (
        "rust",
        "struct Person {\n    name: String,\n}\n\nimpl Person {\n    fn greet(&self) {\n        println!(\"Hi, {}\", self.‸)",
        Some("name"),
    ),
    (
        "rust",
        "struct Person {\n    name: String,\n}\n\nimpl Person {\n    fn greet(&self) -> String {\n        format!(\"Hi, {}\", self.‸",
        Some("name)"),
    ),
    // Seventeenth round (r17b): a programmer's second month in Rust, Go, Java, C and C++. Fixed wrong answers: C's
    // `return ` after an error printed to stderr in `main` (`1;`, not `0;`), Go's hand-written less function's `bool {`
    // (not `)`), Java's `t.` once started (`join();`, not `start();` again), C's `regfree(` (the regex, not a fresh
    // name), Rust's `VecDeque` popped from its front. New: C's paired calls (`pthread_mutex_unlock(&lock);`,
    // `sqlite3_close(db);`), the standard objects' one member (a `Matcher`'s `find()) {`, a queue's `isEmpty()) {`
    // and `poll();`, a builder's `toString();`, Go's `rows.Next() {`, `defer resp.Body.Close()`, `flag.Parse()`), a
    // binary search's bounds and a memoized value, C's calendar time and Go's `time.Since(start)`, Go's arguments
    // that leave no choice (`rows.Scan(&id, &name)`, `errors.As(err, &target)`, `FindAllString(s, -1)`), C's
    // usage message's `argv[0]`, a comparator's mirrored operand (`a.age < b.age`), `getOrDefault(w, 0) + 1`.
    (
        "c",
        "#include <stdio.h>\n\nint main(int argc, char *argv[]) {\n    if (argc != 3) {\n        fprintf(stderr, \"usage: %s IN OUT\\n\", argv[0]);\n        return ‸",
        Some("1;"),
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main(void) {\n    FILE *f = fopen(\"in.txt\", \"r\");\n    if (f == NULL) {\n        perror(\"fopen\");\n        return ‸",
        Some("1;"),
    ),
    (
        "cpp",
        "#include <iostream>\n\nint main(int argc, char* argv[]) {\n    if (argc < 2) {\n        std::cerr << \"usage: prog FILE\" << std::endl;\n        return ‸",
        Some("1;"),
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main(int argc, char *argv[]) {\n    if (argc < 2) {\n        printf(\"nothing to do\\n\");\n        return ‸",
        Some("0;"),
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main(void) {\n    printf(\"done\\n\");\n    return ‸",
        Some("0;"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tsort.Slice(people, func(i, j int) ‸",
        Some("bool {"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tsort.SliceStable(words, func(i, j int) ‸",
        Some("bool {"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tsort.Slice(people, func(‸",
        Some("i, j int) bool {"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) throws InterruptedException {\n        Thread t = new Thread(task);\n        t.start();\n        t.‸",
        Some("join();"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) throws InterruptedException {\n        Thread worker = new Thread(() -> count());\n        worker.start();\n        System.out.println(\"waiting\");\n        worker.‸",
        Some("join();"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        Thread t = new Thread(task);\n        t.‸",
        Some("start();"),
    ),
    (
        "c",
        "#include <regex.h>\n\nint is_number(const char *s) {\n    regex_t re;\n    regcomp(&re, \"^[0-9]+$\", REG_EXTENDED);\n    int rc = regexec(&re, s, 0, NULL, 0);\n    regfree(‸",
        Some("&re);"),
    ),
    (
        "c",
        "#include <regex.h>\n\nint is_number(const char *s) {\n    regex_t re;\n    regcomp(&re, \"^[0-9]+$\", REG_EXTENDED);\n    int rc = regexec(&re, s, 0, NULL, 0);\n    regfree(‸)",
        Some("&re"),
    ),
    (
        "c",
        "#include <pthread.h>\n\nvoid *worker(void *arg) {\n    pthread_mutex_lock(&lock);\n    counter++;\n    pthread_mutex_unlock(‸",
        Some("&lock);"),
    ),
    (
        "c",
        "#include <pthread.h>\n\nvoid *worker(void *arg) {\n    pthread_mutex_lock(&count_mutex);\n    total += 1;\n    pthread_mutex_unlock(‸",
        Some("&count_mutex);"),
    ),
    (
        "c",
        "#include <sqlite3.h>\n\nint main(void) {\n    sqlite3 *db;\n    if (sqlite3_open(\"app.db\", &db) != SQLITE_OK) {\n        return 1;\n    }\n    sqlite3_close(‸",
        Some("db);"),
    ),
    (
        "c",
        "#include <pthread.h>\n\nint main(void) {\n    pthread_t th;\n    pthread_create(&th, NULL, worker, NULL);\n    pthread_join(‸",
        Some("th, NULL);"),
    ),
    (
        "c",
        "#include <pthread.h>\n\nint main(void) {\n    pthread_mutex_t m;\n    pthread_mutex_init(&m, NULL);\n    run(&m);\n    pthread_mutex_destroy(‸",
        Some("&m);"),
    ),
    (
        "c",
        "void test(void) {\n    witness_lock(&witness_tsdn, &b);\n    witness_unlock(‸",
        None,
    ),
    (
        "c",
        "#include <pthread.h>\n\nvoid *worker(void *arg) {\n    pthread_mutex_lock(&lock);\n    counter++;\n    pthread_mutex_unlock(&lock);\n    pthread_mutex_unlock(‸",
        None,
    ),
    (
        "rust",
        "use std::collections::VecDeque;\n\nfn main() {\n    let mut queue = VecDeque::new();\n    queue.push_back((0, 0));\n    while let Some((r, c)) = queue.‸",
        Some("pop_front() {"),
    ),
    (
        "rust",
        "use std::collections::VecDeque;\n\nfn bfs(start: usize) {\n    let mut todo: VecDeque<usize> = VecDeque::new();\n    todo.push_back(start);\n    while let Some(node) = todo.‸",
        Some("pop_front() {"),
    ),
    (
        "rust",
        "fn main() {\n    let mut stack = vec![1, 2, 3];\n    while let Some(top) = stack.‸",
        Some("pop() {"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        Matcher m = p.matcher(s);\n        while (m.‸",
        Some("find()) {"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        Matcher matcher = pattern.matcher(line);\n        while (matcher.‸)",
        Some("find()"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        Matcher m = p.matcher(s);\n        while (m.find()) {\n            System.out.println(m.‸",
        Some("group());"),
    ),
    (
        "java",
        "public class Main {\n    static void find(Connection conn, int id) throws SQLException {\n        ResultSet rs = ps.executeQuery();\n        while (rs.‸",
        Some("next()) {"),
    ),
    (
        "java",
        "public class Main {\n    static void find(Connection conn, int id) throws SQLException {\n        PreparedStatement ps = conn.prepareStatement(\"SELECT * FROM users WHERE id = ?\");\n        ps.setInt(1, id);\n        ResultSet rs = ps.‸",
        Some("executeQuery();"),
    ),
    (
        "java",
        "public class Main {\n    static int bfs(int[][] grid) {\n        Queue<int[]> queue = new ArrayDeque<>();\n        queue.add(new int[]{0, 0});\n        while (!queue.‸",
        Some("isEmpty()) {"),
    ),
    (
        "java",
        "public class Main {\n    static int bfs(int[][] grid) {\n        Queue<int[]> queue = new ArrayDeque<>();\n        queue.add(new int[]{0, 0});\n        while (!queue.isEmpty()) {\n            int[] cur = queue.‸",
        Some("poll();"),
    ),
    (
        "java",
        "public class Main {\n    static void walk(Node root) {\n        Deque<Node> todo = new ArrayDeque<>();\n        todo.add(root);\n        while (!todo.isEmpty()) {\n            Node node = todo.‸",
        Some("poll();"),
    ),
    (
        "java",
        "public class Main {\n    static void walk(Node root) {\n        Stack<Node> stack = new Stack<>();\n        stack.push(root);\n        while (!stack.isEmpty()) {\n            Node node = stack.‸",
        Some("pop();"),
    ),
    (
        "java",
        "public class Main {\n    static int first(Queue<Integer> queue) {\n        Queue<Integer> queue = new LinkedList<>();\n        int x = queue.‸",
        None,
    ),
    (
        "java",
        "public class Main {\n    static String join(List<String> words) {\n        StringBuilder sb = new StringBuilder();\n        for (String w : words) {\n            sb.append(w);\n        }\n        return sb.‸",
        Some("toString();"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) throws Exception {\n        HttpClient client = HttpClient.‸",
        Some("newHttpClient();"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) throws Exception {\n        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.‸",
        Some("ofString());"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        while (m.‸",
        None,
    ),
    (
        "cpp",
        "#include <queue>\nint main() {\n    std::queue<std::pair<int, int>> q;\n    q.push({0, 0});\n    while (!q.‸",
        Some("empty()) {"),
    ),
    (
        "cpp",
        "#include <queue>\nint main() {\n    std::queue<std::pair<int, int>> q;\n    q.push({0, 0});\n    while (!q.empty()) {\n        auto [r, c] = q.‸",
        Some("front();"),
    ),
    (
        "cpp",
        "#include <stack>\nint main() {\n    std::stack<int> st;\n    st.push(1);\n    while (!st.empty()) {\n        int top = st.‸",
        Some("top();"),
    ),
    (
        "cpp",
        "#include <queue>\nint main() {\n    std::queue<int> q;\n    int first = q.‸",
        None,
    ),
    (
        "cpp",
        "#include <sstream>\nstd::string show(int x) {\n    std::ostringstream out;\n    out << \"x=\" << x;\n    return out.‸",
        Some("str();"),
    ),
    (
        "cpp",
        "#include <future>\nint main() {\n    auto fut = std::async(std::launch::async, compute, 10);\n    int result = fut.‸",
        Some("get();"),
    ),
    (
        "cpp",
        "#include <chrono>\nint main() {\n    auto start = std::chrono::steady_clock::now();\n    work();\n    auto end = std::chrono::steady_clock::‸",
        Some("now();"),
    ),
    (
        "go",
        "package main\n\nfunc list(db *sql.DB) error {\n\trows, err := db.Query(\"SELECT id, name FROM users\")\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer rows.Close()\n\tfor rows.‸",
        Some("Next() {"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tscanner := bufio.NewScanner(os.Stdin)\n\tfor scanner.‸",
        Some("Scan() {"),
    ),
    (
        "go",
        "package main\n\nfunc get(url string) error {\n\tresp, err := http.Get(url)\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer resp.‸",
        Some("Body.Close()"),
    ),
    (
        "go",
        "package main\n\nfunc get(url string) error {\n\tresp, err := http.Get(url)\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer resp.Body.Close()\n\tbody, err := io.ReadAll(‸",
        Some("resp.Body)"),
    ),
    (
        "go",
        "package main\n\nfunc send(client *http.Client, req *http.Request) error {\n\tres, err := client.Do(req)\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer res.‸",
        Some("Body.Close()"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tf, err := os.Open(path)\n\tif err != nil {\n\t\treturn\n\t}\n\tdefer f.‸",
        Some("Close()"),
    ),
    (
        "go",
        "package main\n\nfunc join(words []string) string {\n\tvar sb strings.Builder\n\tfor _, w := range words {\n\t\tsb.WriteString(w)\n\t}\n\treturn sb.‸",
        Some("String()"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tname := flag.String(\"name\", \"world\", \"who to greet\")\n\tflag.‸",
        Some("Parse()"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tport := flag.Int(\"port\", 8080, \"port\")\n\tverbose := flag.Bool(\"v\", false, \"verbose\")\n\tflag.‸",
        Some("Parse()"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tname := flag.String(\"name\", \"world\", \"who to greet\")\n\tflag.Parse()\n\tflag.‸",
        None,
    ),
    (
        "c",
        "int binary_search(int *a, int n, int target) {\n    int lo = 0, hi = n - 1;\n    while (lo <= hi) {\n        int mid = lo + (hi - lo) / 2;\n        if (a[mid] == target) return mid;\n        else if (a[mid] < target) lo = ‸",
        Some("mid + 1;"),
    ),
    (
        "c",
        "int binary_search(int *a, int n, int target) {\n    while (lo <= hi) {\n        int mid = lo + (hi - lo) / 2;\n        if (a[mid] == target) return mid;\n        else if (a[mid] < target) lo = mid + 1;\n        else hi = ‸",
        Some("mid - 1;"),
    ),
    (
        "java",
        "public class Search {\n    static int search(int[] arr, int key) {\n        int left = 0, right = arr.length;\n        while (left < right) {\n            int middle = (left + right) / 2;\n            if (arr[middle] < key) {\n                left = ‸",
        Some("middle + 1;"),
    ),
    (
        "java",
        "public class Search {\n    static int search(int[] arr, int key) {\n        int left = 0, right = arr.length;\n        while (left < right) {\n            int middle = (left + right) / 2;\n            if (arr[middle] < key) {\n                left = middle + 1;\n            } else {\n                right = ‸",
        Some("middle;"),
    ),
    (
        "go",
        "package main\n\nfunc search(nums []int, target int) int {\n\tlow, high := 0, len(nums)-1\n\tfor low <= high {\n\t\tmid := (low + high) / 2\n\t\tif nums[mid] < target {\n\t\t\tlow = ‸",
        Some("mid + 1"),
    ),
    (
        "c",
        "int count(int *a, int n) {\n    int lo = 0, hi = n - 1;\n    while (lo <= hi) {\n        lo = ‸",
        None,
    ),
    (
        "java",
        "public class Main {\n    public static long fib(int n, Map<Integer, Long> memo) {\n        if (memo.containsKey(n)) return memo.‸",
        Some("get(n);"),
    ),
    (
        "java",
        "public class Main {\n    public static long fib(int n) {\n        if (cache.containsKey(n)) {\n            return ‸",
        Some("cache.get(n);"),
    ),
    (
        "java",
        "public class Main {\n    static boolean seen(int n) {\n        if (visited.containsKey(n)) return ‸",
        None,
    ),
    (
        "cpp",
        "std::unordered_map<int, long long> memo;\nlong long fib(int n) {\n    if (n < 2) return n;\n    if (memo.count(n)) return ‸",
        Some("memo[n];"),
    ),
    (
        "cpp",
        "std::map<int, long long> memo;\nlong long fib(int n) {\n    if (memo.find(n) != memo.end()) return ‸",
        Some("memo[n];"),
    ),
    (
        "cpp",
        "std::set<int> seen;\nbool check(int n) {\n    if (seen.count(n)) return ‸",
        None,
    ),
    (
        "c",
        "long long memo[100];\n\nlong long fib(int n) {\n    if (n < 2) return n;\n    if (memo[n]) return ‸",
        Some("memo[n];"),
    ),
    (
        "c",
        "long long memo[100];\n\nlong long fib(int n) {\n    if (n < 2) return n;\n    if (memo[n]) return memo[n];\n    return memo[n] = fib(n - 1) + ‸",
        Some("fib(n - 2);"),
    ),
    (
        "go",
        "package main\n\nfunc fib(n int, memo map[int]int) int {\n\tif v, ok := memo[n]; ok {\n\t\treturn ‸",
        Some("v"),
    ),
    (
        "go",
        "package main\n\nfunc lookup(n int) (int, error) {\n\tif v, ok := memo[n]; ok {\n\t\treturn ‸",
        None,
    ),
    (
        "c",
        "#include <time.h>\n\nint main(void) {\n    time_t now = time(‸",
        Some("NULL);"),
    ),
    (
        "c",
        "#include <time.h>\n\nint main(void) {\n    time_t now = time(NULL);\n    struct tm *t = localtime(‸",
        Some("&now);"),
    ),
    (
        "c",
        "#include <time.h>\n\nint main(void) {\n    time_t start = time(NULL);\n    struct tm *utc = gmtime(‸",
        Some("&start);"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tstart := time.Now()\n\twork()\n\tfmt.Println(\"took\", time.Since(‸",
        Some("start))"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tstart := time.Now()\n\twork()\n\telapsed := time.Since(‸",
        Some("start)"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tre := regexp.MustCompile(‸",
        None,
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tdb, err := sql.Open(\"sqlite3\", ‸",
        None,
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        Pattern p = Pattern.compile(\"\\\\d+\");\n        Matcher m = p.matcher(‸",
        None,
    ),
    (
        "java",
        "public class Main {\n    static void find(Connection conn, int id) throws SQLException {\n        while (rs.next()) {\n            String name = rs.getString(‸",
        None,
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        DateTimeFormatter fmt = DateTimeFormatter.ofPattern(‸",
        None,
    ),
    (
        "c",
        "#include <time.h>\n\nint main(void) {\n    char buf[64];\n    strftime(buf, sizeof(buf), ‸",
        None,
    ),
    (
        "cpp",
        "#include <fstream>\nint main() {\n    std::ifstream in(‸",
        None,
    ),
    (
        "cpp",
        "enum class Color { Red, Green, Blue };\n\nstd::string name(Color c) {\n    switch (c) {\n        case Color::Red: return \"red\";\n        case Color::‸",
        None,
    ),
    (
        "go",
        "package main\n\nfunc list(db *sql.DB) error {\n\tfor rows.Next() {\n\t\tvar id int\n\t\tvar name string\n\t\tif err := rows.Scan(‸",
        Some("&id, &name); err != nil {"),
    ),
    (
        "go",
        "package main\n\nfunc count(db *sql.DB) (int, error) {\n\trows, err := db.Query(\"SELECT n FROM t\")\n\tif err != nil {\n\t\treturn 0, err\n\t}\n\tfor rows.Next() {\n\t\tvar n int\n\t\trows.Scan(‸",
        Some("&n)"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tscanner := bufio.NewScanner(os.Stdin)\n\tvar line string\n\tscanner.Scan(‸",
        None,
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\terr := find()\n\tvar nf *NotFoundError\n\tif errors.As(err, ‸",
        Some("&nf) {"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tre := regexp.MustCompile(`\\d+`)\n\tmatches := re.FindAllString(s, ‸",
        Some("-1)"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\twords := wordRe.FindAllStringSubmatch(text, ‸",
        Some("-1)"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\treq, err := http.NewRequest(\"GET\", url, ‸",
        Some("nil)"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\treq, err := http.NewRequest(http.MethodDelete, base+\"/items/1\", ‸",
        Some("nil)"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\treq, err := http.NewRequest(\"POST\", url, ‸",
        None,
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main(int argc, char *argv[]) {\n    if (argc < 2) {\n        fprintf(stderr, \"usage: %s FILE\\n\", ‸",
        Some("argv[0]);"),
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main(int argc, char **argv) {\n    if (argc != 2) {\n        printf(\"Usage: %s <number>\\n\", ‸",
        Some("argv[0]);"),
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main(int argc, char *argv[]) {\n    if (argc < 2) {\n        fprintf(stderr, \"usage: %s FILE %d\\n\", ‸",
        None,
    ),
    (
        "c",
        "#include <stdio.h>\n\nvoid help(const char *name) {\n    printf(\"usage: %s FILE\\n\", ‸",
        None,
    ),
    (
        "cpp",
        "int main() {\n    std::sort(people.begin(), people.end(), [](const Person& a, const Person& b) {\n        return a.age < ‸",
        Some("b.age;"),
    ),
    (
        "cpp",
        "int main() {\n    std::sort(v.begin(), v.end(), [](const auto& x, const auto& y) {\n        return x.second > ‸",
        Some("y.second;"),
    ),
    (
        "cpp",
        "int main() {\n    std::sort(v.begin(), v.end(), [](const Item& lhs, const Item& rhs) {\n        return lhs.name.size() < ‸",
        Some("rhs.name.size();"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tsort.Slice(people, func(i, j int) bool {\n\t\treturn people[i].Age < ‸",
        Some("people[j].Age"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tsort.Slice(words, func(i, j int) bool {\n\t\treturn len(words[i]) > ‸",
        Some("len(words[j])"),
    ),
    (
        "cpp",
        "int main() {\n    std::sort(v.begin(), v.end(), [](const Item& a, const Item& b) {\n        return a.w * b.h < ‸",
        None,
    ),
    (
        "java",
        "public class Main {\n    static void count(List<String> words) {\n        for (String w : words) {\n            counts.put(w, counts.getOrDefault(w, 0) ‸",
        Some("+ 1);"),
    ),
    (
        "java",
        "public class Main {\n    static void count(String text) {\n        for (char c : text.toCharArray()) {\n            freq.put(c, freq.getOrDefault(c, 0) ‸)",
        Some("+ 1"),
    ),
    (
        "java",
        "public class Main {\n    static void count(List<String> words) {\n        for (String w : words) {\n            counts.put(w, other.getOrDefault(w, 0) ‸",
        None,
    ),
    // Fourteenth round: linked lists and trees (walking, linking, recursion on the children), the textbook sorts
    // (bubble, selection, insertion), recursion (power, sum of digits, countdown, reversal), grids (cells, rows,
    // transposes, inner bounds), totals over a loop, records printed field by field, and each language's everyday
    // API (Rust's Option and iterators, Go's handlers, errors and channels, Java's collections and exceptions, C's
    // strings and memory, C++'s containers, Express and TypeScript); look-alikes that must stay empty beside each rule.
    (
        "python",
        "class Node:\n    def __init__(self, val):\n        self.val = val\n        self.next = ‸",
        Some("None"),
    ),
    (
        "python",
        "class LinkedList:\n    def __init__(self):\n        self.head = ‸",
        Some("None"),
    ),
    (
        "python",
        "def print_list(head):\n    current = head\n    while current:\n        print(current.data)\n        current = ‸",
        Some("current.next"),
    ),
    (
        "python",
        "def length(head):\n    count = 0\n    current = head\n    while current:\n        count += 1\n        current = ‸",
        Some("current.next"),
    ),
    (
        "python",
        "def length(head):\n    count = 0\n    node = head\n    while node is not None:\n        count += 1\n        node = ‸",
        Some("node.next"),
    ),
    (
        "python",
        "def length(head):\n    count = 0\n    current = head\n    while ‸",
        None,
    ),
    (
        "python",
        "class LinkedList:\n    def __init__(self):\n        self.head = None\n\n    def append(self, data):\n        new_node = Node(data)\n        if self.head is None:\n            self.head = new_node\n            return\n        current = self.head\n        while current.next:\n            current = ‸",
        Some("current.next"),
    ),
    (
        "python",
        "class LinkedList:\n    def __init__(self):\n        self.head = None\n\n    def append(self, data):\n        new_node = Node(data)\n        if self.head is None:\n            self.head = new_node\n            return\n        current = self.head\n        while current.next:\n            current = current.next\n        current.next = ‸",
        Some("new_node"),
    ),
    (
        "python",
        "class LinkedList:\n    def __init__(self):\n        self.head = None\n\n    def append(self, data):\n        new_node = Node(data)\n        if self.head is None:\n            self.head = ‸",
        Some("new_node"),
    ),
    (
        "python",
        "class LinkedList:\n    def __init__(self):\n        self.head = None\n\n    def push(self, data):\n        new_node = Node(data)\n        new_node.next = ‸",
        Some("self.head"),
    ),
    (
        "python",
        "class LinkedList:\n    def __init__(self):\n        self.head = None\n\n    def push(self, data):\n        new_node = Node(data)\n        new_node.next = self.head\n        self.head = ‸",
        Some("new_node"),
    ),
    (
        "python",
        "class Node:\n    def __init__(self, data):\n        self.data = data\n        self.next = None\n\ndef show(head):\n    current = head\n    while current:\n        print(current.‸",
        None,
    ),
    (
        "python",
        "def reverse(head):\n    prev = None\n    current = head\n    while current:\n        next_node = current.next\n        current.next = ‸",
        Some("prev"),
    ),
    (
        "python",
        "def reverse(head):\n    prev = None\n    current = head\n    while current:\n        next_node = current.next\n        current.next = prev\n        prev = ‸",
        Some("current"),
    ),
    (
        "python",
        "def reverse(head):\n    prev = None\n    current = head\n    while current:\n        next_node = current.next\n        current.next = prev\n        prev = current\n        current = ‸",
        Some("next_node"),
    ),
    (
        "python",
        "class TreeNode:\n    def __init__(self, key):\n        self.key = key\n        self.left = ‸",
        Some("None"),
    ),
    (
        "python",
        "class TreeNode:\n    def __init__(self, key):\n        self.key = key\n        self.left = None\n        self.right = ‸",
        Some("None"),
    ),
    (
        "python",
        "class TreeNode:\n    def __init__(self, key):\n        self.key = key\n        self.left = None\n        self.right = None\n\ndef insert(root, key):\n    if root is None:\n        return ‸",
        Some("TreeNode(key)"),
    ),
    (
        "python",
        "def insert(root, key):\n    if root is None:\n        return Node(key)\n    if key < root.key:\n        root.left = ‸",
        Some("insert(root.left, key)"),
    ),
    (
        "python",
        "def insert(root, key):\n    if root is None:\n        return Node(key)\n    if key < root.key:\n        root.left = insert(root.left, key)\n    else:\n        root.right = ‸",
        Some("insert(root.right, key)"),
    ),
    (
        "python",
        "def insert(root, value):\n    if root is None:\n        return Node(value)\n    if value < root.value:\n        root.left = insert(‸",
        Some("root.left, value)"),
    ),
    (
        "python",
        "def insert(root, key):\n    if root is None:\n        return Node(key)\n    if key < root.key:\n        root.left = insert(root.left, key)\n    else:\n        root.right = insert(root.right, key)\n    return ‸",
        Some("root"),
    ),
    (
        "python",
        "def inorder(root):\n    if root:\n        inorder(‸",
        Some("root.left)"),
    ),
    (
        "python",
        "def inorder(root):\n    if root:\n        inorder(‸)",
        Some("root.left"),
    ),
    (
        "python",
        "def inorder(root):\n    if root:\n        inorder(root.left)\n        print(root.key)\n        inorder(‸",
        Some("root.right)"),
    ),
    (
        "python",
        "def inorder(node):\n    if node is None:\n        return\n    inorder(‸",
        Some("node.left)"),
    ),
    (
        "python",
        "def preorder(node):\n    if node is None:\n        return\n    print(node.val)\n    preorder(‸",
        Some("node.left)"),
    ),
    (
        "python",
        "def height(node):\n    if node is None:\n        return 0\n    return 1 + max(‸",
        Some("height(node.left), height(node.right))"),
    ),
    (
        "python",
        "def count_nodes(node):\n    if node is None:\n        return 0\n    return 1 + ‸",
        Some("count_nodes(node.left) + count_nodes(node.right)"),
    ),
    (
        "python",
        "def walk(node):\n    if node is None:\n        return\n    walk(‸",
        None,
    ),
    (
        "python",
        "def bubble_sort(arr):\n    n = len(arr)\n    for i in range(n):\n        for j in range(0, n - i - 1):\n            if arr[j] > ‸",
        Some("arr[j + 1]:"),
    ),
    (
        "python",
        "def bubble_sort(arr):\n    n = len(arr)\n    for i in range(n):\n        for j in range(0, n - i - 1):\n            if arr[j] > arr[j + 1]:\n                arr[j], arr[j + 1] = ‸",
        Some("arr[j + 1], arr[j]"),
    ),
    (
        "python",
        "def bubble_sort(arr):\n    n = len(arr)\n    for i in range(n):\n        for j in range(‸",
        None,
    ),
    (
        "python",
        "def selection_sort(arr):\n    for i in range(len(arr)):\n        min_idx = i\n        for j in range(i + 1, len(arr)):\n            if arr[j] < arr[‸",
        Some("min_idx]:"),
    ),
    (
        "python",
        "def selection_sort(arr):\n    for i in range(len(arr)):\n        min_idx = i\n        for j in range(i + 1, len(arr)):\n            if arr[j] < arr[min_idx]:\n                min_idx = ‸",
        Some("j"),
    ),
    (
        "python",
        "def selection_sort(arr):\n    for i in range(len(arr)):\n        min_idx = i\n        for j in range(i + 1, len(arr)):\n            if arr[j] < arr[min_idx]:\n                min_idx = j\n        arr[i], arr[min_idx] = ‸",
        Some("arr[min_idx], arr[i]"),
    ),
    (
        "python",
        "def insertion_sort(arr):\n    for i in range(1, len(arr)):\n        key = arr[i]\n        j = i - 1\n        while j >= 0 and arr[j] > ‸",
        Some("key:"),
    ),
    (
        "python",
        "def insertion_sort(arr):\n    for i in range(1, len(arr)):\n        key = arr[i]\n        j = i - 1\n        while j >= 0 and arr[j] > key:\n            arr[j + 1] = ‸",
        Some("arr[j]"),
    ),
    (
        "python",
        "def insertion_sort(arr):\n    for i in range(1, len(arr)):\n        key = arr[i]\n        j = i - 1\n        while j >= 0 and arr[j] > key:\n            arr[j + 1] = arr[j]\n            j -= 1\n        arr[j + 1] = ‸",
        Some("key"),
    ),
    (
        "python",
        "def insertion_sort(arr):\n    for i in range(1, len(arr)):\n        key = arr[i]\n        j = ‸",
        Some("i - 1"),
    ),
    (
        "python",
        "def power(base, exp):\n    if exp == 0:\n        return 1\n    return ‸",
        Some("base * power(base, exp - 1)"),
    ),
    (
        "python",
        "def sum_digits(n):\n    if n < 10:\n        return n\n    return ‸",
        Some("n % 10 + sum_digits(n // 10)"),
    ),
    (
        "python",
        "def reverse(s):\n    if len(s) <= 1:\n        return s\n    return ‸",
        Some("reverse(s[1:]) + s[0]"),
    ),
    (
        "python",
        "def sum_list(lst):\n    if not lst:\n        return 0\n    return ‸",
        Some("lst[0] + sum_list(lst[1:])"),
    ),
    (
        "python",
        "def countdown(n):\n    if n == 0:\n        return\n    print(n)\n    countdown(‸",
        Some("n - 1)"),
    ),
    (
        "python",
        "def countdown(n):\n    if n == 0:\n        return\n    print(n)\n    countdown(‸)",
        Some("n - 1"),
    ),
    ("python", "def double(n):\n    return ‸", Some("n * 2")),
    (
        "python",
        "matrix = [[1, 2, 3], [4, 5, 6]]\nfor row in matrix:\n    for ‸",
        None,
    ),
    (
        "python",
        "matrix = [[1, 2, 3], [4, 5, 6]]\nfor row in matrix:\n    for value in ‸",
        Some("row:"),
    ),
    (
        "python",
        "matrix = [[1, 2, 3], [4, 5, 6]]\nfor i in range(len(matrix)):\n    for j in range(len(matrix[i])):\n        print(matrix[i][‸",
        Some("j]"),
    ),
    (
        "python",
        "matrix = [[1, 2, 3], [4, 5, 6]]\nfor i in range(len(matrix)):\n    for j in range(len(matrix[i])):\n        print(matrix[i][‸])",
        Some("j"),
    ),
    (
        "python",
        "def transpose(matrix):\n    rows = len(matrix)\n    cols = len(matrix[0])\n    result = [[0] * rows for _ in range(cols)]\n    for i in range(rows):\n        for j in range(cols):\n            result[j][i] = ‸",
        Some("matrix[i][j]"),
    ),
    (
        "python",
        "matrix = [[1, 2], [3, 4]]\nrows = len(matrix)\ncols = len(‸",
        Some("matrix[0])"),
    ),
    (
        "python",
        "matrix = [[1, 2], [3, 4]]\ntransposed = [[row[i] for row in matrix] for i in range(‸",
        None,
    ),
    (
        "python",
        "grid = [[0] * 3 for _ in range(3)]\nfor r in range(3):\n    for c in range(3):\n        grid[r][‸",
        Some("c]"),
    ),
    (
        "javascript",
        "function printList(head) {\n  let current = head;\n  while (current) {\n    console.log(current.value);\n    current = ‸",
        Some("current.next;"),
    ),
    (
        "javascript",
        "function length(head) {\n  let count = 0;\n  let node = head;\n  while (node !== null) {\n    count++;\n    node = ‸",
        Some("node.next;"),
    ),
    (
        "javascript",
        "class LinkedList {\n  append(value) {\n    const newNode = new Node(value);\n    let current = this.head;\n    while (current.next) {\n      current = current.next;\n    }\n    current.next = ‸",
        Some("newNode;"),
    ),
    (
        "javascript",
        "class Node {\n  constructor(value) {\n    this.value = value;\n    this.next = null;\n  }\n}\nclass LinkedList {\n  append(value) {\n    const node = new Node(‸",
        Some("value"),
    ),
    (
        "javascript",
        "class Node {\n  constructor(value) {\n    this.value = value;\n    this.next = null;\n  }\n}\nclass LinkedList {\n  append(value) {\n    const node = new Node(‸);",
        Some("value"),
    ),
    (
        "javascript",
        "class LinkedList {\n  prepend(value) {\n    const node = new Node(value);\n    node.next = ‸",
        Some("this.head;"),
    ),
    (
        "javascript",
        "function bubbleSort(arr) {\n  for (let i = 0; i < arr.length; i++) {\n    for (let j = 0; j < arr.length - i - 1; j++) {\n      if (arr[j] > ‸",
        Some("arr[j + 1]) {"),
    ),
    (
        "javascript",
        "function bubbleSort(arr) {\n  for (let i = 0; i < arr.length; i++) {\n    for (let j = 0; j < arr.length - i - 1; j++) {\n      if (arr[j] > arr[j + 1]) {\n        [arr[j], arr[j + 1]] = ‸",
        Some("[arr[j + 1], arr[j]]"),
    ),
    (
        "javascript",
        "function bubbleSort(arr) {\n  for (let i = 0; i < arr.length; i++) {\n    for (let j = 0; j < arr.length - i - 1; j++) {\n      if (arr[j] > arr[j + 1]) {\n        const temp = arr[j];\n        arr[j] = ‸",
        Some("arr[j + 1];"),
    ),
    (
        "javascript",
        "function bubbleSort(arr) {\n  for (let i = 0; i < arr.length; i++) {\n    for (let j = 0; j < arr.length - i - 1; j++) {\n      if (arr[j] > arr[j + 1]) {\n        const temp = arr[j];\n        arr[j] = arr[j + 1];\n        arr[j + 1] = ‸",
        Some("temp;"),
    ),
    (
        "javascript",
        "function insertionSort(arr) {\n  for (let i = 1; i < arr.length; i++) {\n    const key = arr[i];\n    let j = i - 1;\n    while (j >= 0 && arr[j] > ‸",
        Some("key) {"),
    ),
    (
        "javascript",
        "function insertionSort(arr) {\n  for (let i = 1; i < arr.length; i++) {\n    const key = arr[i];\n    let j = i - 1;\n    while (j >= 0 && arr[j] > key) {\n      arr[j + 1] = ‸",
        Some("arr[j];"),
    ),
    (
        "javascript",
        "function selectionSort(arr) {\n  for (let i = 0; i < arr.length; i++) {\n    let minIndex = i;\n    for (let j = i + 1; j < arr.length; j++) {\n      if (arr[j] < arr[‸",
        Some("minIndex]) {"),
    ),
    (
        "javascript",
        "function selectionSort(arr) {\n  for (let i = 0; i < arr.length; i++) {\n    let minIndex = i;\n    for (let j = i + 1; j < arr.length; j++) {\n      if (arr[j] < arr[minIndex]) {\n        minIndex = ‸",
        Some("j;"),
    ),
    (
        "javascript",
        "function power(base, exp) {\n  if (exp === 0) return 1;\n  return ‸",
        Some("base * power(base, exp - 1);"),
    ),
    (
        "javascript",
        "function sumDigits(n) {\n  if (n < 10) return n;\n  return ‸",
        Some("n % 10 + sumDigits(Math.floor(n / 10));"),
    ),
    (
        "javascript",
        "function reverse(str) {\n  if (str === '') return '';\n  return ‸",
        None,
    ),
    (
        "javascript",
        "const matrix = [[1, 2], [3, 4]];\nfor (let i = 0; i < matrix.length; i++) {\n  for (let j = 0; j < matrix[i].‸",
        Some("length"),
    ),
    (
        "javascript",
        "const matrix = [[1, 2], [3, 4]];\nfor (let i = 0; i < matrix.length; i++) {\n  for (let j = 0; j < ‸",
        Some("matrix[i].length; j++) {"),
    ),
    (
        "javascript",
        "const matrix = [[1, 2], [3, 4]];\nfor (const row of matrix) {\n  for (const cell of ‸",
        Some("row) {"),
    ),
    (
        "javascript",
        "const nums = [1, 2, 3];\nconst doubled = nums.map(‸",
        Some("(num) => "),
    ),
    (
        "javascript",
        "const nums = [1, 2, 3];\nconst evens = nums.filter(n => ‸",
        Some("n % 2 === 0);"),
    ),
    (
        "javascript",
        "const nums = [1, 2, 3];\nconst odds = nums.filter(n => n % 2 ‸",
        None,
    ),
    (
        "javascript",
        "const nums = [1, 2, 3];\nconst total = nums.reduce((acc, n) => ‸",
        Some("acc + n, 0);"),
    ),
    (
        "javascript",
        "const nums = [1, 2, 3];\nconst sum = nums.reduce((a, b) => a + b, ‸",
        Some("0);"),
    ),
    (
        "javascript",
        "const nums = [1, 2, 3];\nconst sum = nums.reduce((a, b) => a + b, ‸);",
        Some("0"),
    ),
    (
        "javascript",
        "const users = [{ id: 1, name: 'Ada' }];\nfunction getUser(id) {\n  return users.find(u => u.id === ‸",
        Some("id);"),
    ),
    (
        "javascript",
        "const users = [{ id: 1, name: 'Ada' }];\nconst names = users.map(user => user.‸",
        Some("name);"),
    ),
    (
        "javascript",
        "const people = [{ name: 'Ada', age: 36 }];\nconst ages = people.map(p => p.‸",
        Some("age);"),
    ),
    (
        "javascript",
        "const nums = [1, 2, 3];\nconst squares = nums.map(n => ‸",
        Some("n * n);"),
    ),
    (
        "javascript",
        "const nums = [1, 2, 3];\nnums.forEach(n => ‸",
        None,
    ),
    (
        "javascript",
        "const people = [{ name: 'Ada', age: 36 }];\nconst hasAdult = people.some(p => p.age >= ‸",
        Some("18);"),
    ),
    (
        "javascript",
        "const nums = [1, 2, 3];\nconst allPositive = nums.every(n => n ‸",
        None,
    ),
    (
        "javascript",
        "function delay(ms) {\n  return new Promise(resolve => setTimeout(‸",
        Some("resolve, ms))"),
    ),
    (
        "javascript",
        "function load() {\n  return new Promise((resolve, reject) => {‸",
        None,
    ),
    (
        "javascript",
        "fetch(url)\n  .then(response => response.‸",
        Some("json()"),
    ),
    (
        "javascript",
        "fetch(url)\n  .then(res => res.json())\n  .then(data => ‸",
        None,
    ),
    (
        "javascript",
        "async function load() {\n  try {\n    const res = await fetch(url);\n  } catch (err) {\n    console.log(‸",
        Some("err"),
    ),
    (
        "javascript",
        "async function getUsers() {\n  const response = await fetch('/api/users');\n  const users = await response.‸",
        Some("json()"),
    ),
    (
        "javascript",
        "async function main() {\n  const [a, b] = await Promise.all(‸",
        None,
    ),
    (
        "javascript",
        "const express = require('express');\nconst app = ‸",
        Some("express();"),
    ),
    (
        "javascript",
        "const express = require('express');\nconst app = express();\napp.get('/', (req, res) => {\n  res.send(‸",
        None,
    ),
    (
        "javascript",
        "const express = require('express');\nconst app = express();\napp.get('/', (‸",
        Some("req, res) => {"),
    ),
    (
        "javascript",
        "const express = require('express');\nconst app = express();\nconst users = [];\napp.get('/users', (req, res) => {\n  res.json(‸",
        Some("users);"),
    ),
    (
        "javascript",
        "const express = require('express');\nconst app = express();\napp.get('/users/:id', (req, res) => {\n  const id = req.params.‸",
        Some("id;"),
    ),
    (
        "javascript",
        "const express = require('express');\nconst app = express();\napp.get('/users/:userId', (req, res) => {\n  const { userId } = req.‸",
        Some("params;"),
    ),
    (
        "javascript",
        "const express = require('express');\nconst app = express();\napp.post('/users', (req, res) => {\n  const user = req.‸",
        Some("body;"),
    ),
    (
        "javascript",
        "const express = require('express');\nconst app = express();\napp.use(express.‸",
        Some("json()"),
    ),
    (
        "javascript",
        "const express = require('express');\nconst app = express();\nconst PORT = 3000;\napp.listen(‸",
        Some("PORT, () => {"),
    ),
    (
        "javascript",
        "const express = require('express');\nconst app = express();\napp.get('/', (req, res) => {\n  res.status(404).‸",
        Some("json()"),
    ),
    (
        "javascript",
        "class Animal {\n  constructor(name) {\n    this.name = name;\n  }\n}\nclass Dog extends Animal {\n  constructor(name, breed) {\n    super(‸",
        Some("name);"),
    ),
    (
        "javascript",
        "class Animal {\n  constructor(name) {\n    this.name = name;\n  }\n}\nclass Dog extends Animal {\n  constructor(name, breed) {\n    super(name);\n    this.breed = ‸",
        Some("breed;"),
    ),
    (
        "typescript",
        "interface User {\n  id: number;\n  name: ‸",
        Some("string;"),
    ),
    (
        "typescript",
        "interface User {\n  name: string;\n  age: ‸",
        Some("number;"),
    ),
    (
        "typescript",
        "function add(a: number, b: number): ‸",
        Some("number {"),
    ),
    (
        "typescript",
        "function isEven(n: number): ‸",
        Some("boolean {"),
    ),
    ("typescript", "function greet(name: string): ‸", None),
    (
        "typescript",
        "interface User {\n  id: number;\n  name: string;\n}\nconst users: User[] = ‸",
        Some("[];"),
    ),
    (
        "typescript",
        "interface User {\n  id: number;\n  name: string;\n}\nfunction getName(user: User): string {\n  return user.‸",
        Some("name;"),
    ),
    ("typescript", "type Status = 'active' | ‸", None),
    ("typescript", "async function fetchUsers(): Promise<‸", None),
    (
        "typescript",
        "function sum(nums: number[]): number {\n  return nums.reduce((a, b) => a + b, ‸",
        Some("0)"),
    ),
    (
        "typescript",
        "class Stack<T> {\n  private items: T[] = ‸",
        Some("[];"),
    ),
    (
        "typescript",
        "interface User {\n  id: number;\n  name: string;\n}\nfunction findUser(users: User[], id: number): User | undefined {\n  return users.find(u => u.id === ‸",
        Some("id);"),
    ),
    (
        "typescript",
        "interface Props {\n  title: string;\n  onClick: () => ‸",
        Some("void;"),
    ),
    ("typescript", "enum Color {\n  Red,\n  ‸", None),
    (
        "typescript",
        "class ListNode {\n  val: number;\n  next: ListNode | null;\n  constructor(val: number) {\n    this.val = val;\n    this.next = ‸",
        Some("null;"),
    ),
    (
        "typescript",
        "function length(head: ListNode | null): number {\n  let count = 0;\n  let current = head;\n  while (current !== null) {\n    count++;\n    current = ‸",
        Some("current.next;"),
    ),
    (
        "typescript",
        "function bubbleSort(arr: number[]): number[] {\n  for (let i = 0; i < arr.length; i++) {\n    for (let j = 0; j < arr.length - i - 1; j++) {\n      if (arr[j] > arr[j + 1]) {\n        [arr[j], arr[j + 1]] = ‸",
        Some("[arr[j + 1], arr[j]]"),
    ),
    (
        "typescript",
        "function factorial(n: number): number {\n  if (n <= 1) return 1;\n  return ‸",
        Some("n * factorial(n - 1);"),
    ),
    (
        "typescript",
        "const nums: number[] = [1, 2, 3];\nconst evens = nums.filter((n) => ‸",
        Some("n % 2 === 0);"),
    ),
    (
        "typescript",
        "interface Product {\n  name: string;\n  price: number;\n}\nconst products: Product[] = [];\nconst prices = products.map(p => p.‸",
        Some("price);"),
    ),
    (
        "typescript",
        "async function getUser(id: number): Promise<User> {\n  const res = await fetch(`/api/users/${‸",
        Some("id}`)"),
    ),
    (
        "typescript",
        "import express from 'express';\nconst app = express();\napp.get('/health', (req, res) => {\n  res.json(‸",
        None,
    ),
    (
        "rust",
        "fn main() {\n    let x: Option<i32> = Some(5);\n    match x {\n        Some(v) => println!(\"{}\", v),\n        ‸",
        Some("None => "),
    ),
    (
        "rust",
        "fn divide(a: i32, b: i32) -> Result<i32, String> {\n    if b == 0 {\n        return Err(\"division by zero\".to_string());\n    }\n    Ok(a / b)\n}\n\nfn main() {\n    match divide(10, 2) {\n        Ok(v) => println!(\"{}\", v),\n        ‸",
        Some("Err(err) => "),
    ),
    (
        "rust",
        "fn main() {\n    let v = vec![1, 2, 3];\n    if let Some(‸",
        None,
    ),
    (
        "rust",
        "fn main() {\n    let input = String::new();\n    let n = input.trim().parse::<i32>().unwrap_or(‸",
        None,
    ),
    (
        "rust",
        "use std::fs;\nuse std::io;\n\nfn read(path: &str) -> Result<String, io::Error> {\n    let content = fs::read_to_string(path)‸",
        Some("?;"),
    ),
    (
        "rust",
        "fn first(v: &[i32]) -> Option<i32> {\n    if v.is_empty() {\n        return ‸",
        Some("None;"),
    ),
    (
        "rust",
        "fn divide(a: f64, b: f64) -> Result<f64, String> {\n    if b == 0.0 {\n        return Err(‸",
        None,
    ),
    (
        "rust",
        "fn main() {\n    let name: Option<&str> = None;\n    let shown = name.unwrap_or(‸",
        None,
    ),
    (
        "rust",
        "fn main() {\n    let v = vec![1, 2, 3];\n    let doubled: Vec<i32> = v.iter().map(|x| ‸",
        Some("x * 2)"),
    ),
    (
        "rust",
        "fn main() {\n    let v = vec![1, 2, 3];\n    let squares: Vec<i32> = v.iter().map(|x| x * x).‸",
        Some("collect()"),
    ),
    (
        "rust",
        "fn main() {\n    let v = vec![1, 2, 3];\n    let total: i32 = v.iter().‸",
        Some("sum()"),
    ),
    (
        "rust",
        "fn main() {\n    let v = vec![1, 2, 3];\n    let v2 = v.iter().map(|x| x + 1).collect::<‸",
        Some("Vec<_>>()"),
    ),
    (
        "rust",
        "fn main() {\n    let v = vec![1, 2, 3];\n    for (i, x) in v.iter().‸",
        Some("enumerate() {"),
    ),
    (
        "rust",
        "fn main() {\n    let v = vec![1, 2, 3];\n    let positives = v.iter().filter(|&&x| x > 0).‸",
        None,
    ),
    (
        "rust",
        "fn main() {\n    let v = vec![1, 2, 3];\n    let n = v.iter().filter(|&&x| x > 0).count();\n    println!(‸",
        Some("\"{}\", );"),
    ),
    (
        "rust",
        "use std::fmt;\n\nstruct Person {\n    name: String,\n    age: u32,\n}\n\nimpl fmt::Display for Person {\n    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {\n        write!(f, \"{} ({})\", self.name, ‸",
        Some("self.age)"),
    ),
    ("rust", "use std::fmt;\n\nimpl fmt::Display for ‸", None),
    (
        "rust",
        "use std::fmt;\n\nstruct Person {\n    name: String,\n}\n\nimpl fmt::Display for Person {\n    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {\n        write!(f, \"{}\", ‸",
        Some("self.name)"),
    ),
    (
        "rust",
        "struct List {\n    head: Option<Box<Node>>,\n}\n\nimpl List {\n    fn len(&self) -> usize {\n        let mut count = 0;\n        let mut current = &self.head;\n        while let Some(node) = current {\n            count += 1;\n            current = ‸",
        Some("&node.next;"),
    ),
    (
        "rust",
        "fn bubble_sort(v: &mut Vec<i32>) {\n    let n = v.len();\n    for i in 0..n {\n        for j in 0..n - i - 1 {\n            if v[j] > v[j + 1] {\n                v.‸",
        Some("swap(j, j + 1);"),
    ),
    (
        "rust",
        "fn bubble_sort(v: &mut [i32]) {\n    let n = v.len();\n    for i in 0..n {\n        for j in 0..n - 1 - i {\n            if v[j] > ‸",
        Some("v[j + 1] {"),
    ),
    (
        "rust",
        "fn main() {\n    let mut v = vec![3, 1, 2];\n    v.‸",
        None,
    ),
    (
        "rust",
        "fn main() {\n    let matrix = vec![vec![1, 2], vec![3, 4]];\n    for row in &matrix {\n        let sum: i32 = row.iter().‸",
        Some("sum()"),
    ),
    (
        "rust",
        "fn main() {\n    let matrix = vec![vec![1, 2], vec![3, 4]];\n    for row in &matrix {\n        for ‸",
        None,
    ),
    (
        "rust",
        "fn main() {\n    let args: Vec<String> = std::env::args().‸",
        Some("collect()"),
    ),
    (
        "rust",
        "use std::num::ParseIntError;\n\nfn parse(s: &str) -> Result<i32, ParseIntError> {\n    let n = s.trim().parse::<i32>()‸",
        Some("?;"),
    ),
    (
        "rust",
        "fn main() {\n    let s = \"42\";\n    let n: i32 = s.parse().‸",
        Some("unwrap()"),
    ),
    (
        "rust",
        "fn main() {\n    let v = vec![1, 2, 3];\n    if let Some(x) = v.first() {\n        println!(‸",
        Some("\"{}\", );"),
    ),
    (
        "rust",
        "fn main() {\n    let s = \"42\";\n    match s.parse::<i32>() {\n        Ok(n) => ‸",
        None,
    ),
    (
        "rust",
        "fn transpose(m: &Vec<Vec<i32>>) -> Vec<Vec<i32>> {\n    let rows = m.len();\n    let cols = m[0].len();\n    let mut t = vec![vec![0; rows]; cols];\n    for i in 0..rows {\n        for j in 0..cols {\n            t[j][i] = ‸",
        Some("m[i][j];"),
    ),
    (
        "go",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\nfunc handler(w http.ResponseWriter, r *http.Request) {\n\tfmt.Fprintf(w, ‸",
        None,
    ),
    (
        "go",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\nfunc handler(w http.ResponseWriter, r *http.Request) {\n\tfmt.Fprintf(w, \"Hello\")\n}\n\nfunc main() {\n\thttp.HandleFunc(\"/\", ‸",
        Some("handler)"),
    ),
    (
        "go",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\nfunc handler(w http.ResponseWriter, r *http.Request) {\n\tfmt.Fprintf(w, \"Hello\")\n}\n\nfunc main() {\n\thttp.HandleFunc(\"/\", ‸)",
        Some("handler"),
    ),
    (
        "go",
        "package main\n\nimport \"net/http\"\n\nfunc handler(‸",
        Some("w http.ResponseWriter, r *http.Request) {"),
    ),
    (
        "go",
        "package main\n\nimport \"net/http\"\n\nfunc helloHandler(‸",
        Some("w http.ResponseWriter, r *http.Request) {"),
    ),
    ("go", "package main\n\nfunc handler(‸", None),
    (
        "go",
        "package main\n\nimport (\n\t\"encoding/json\"\n\t\"net/http\"\n)\n\nfunc handler(w http.ResponseWriter, r *http.Request) {\n\tjson.NewEncoder(w).‸",
        Some("Encode()"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tch := make(‸",
        Some("chan "),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tch := make(chan int)\n\tgo func() {\n\t\t‸",
        None,
    ),
    (
        "go",
        "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar wg sync.WaitGroup\n\tfor i := 0; i < 5; i++ {\n\t\twg.Add(1)\n\t\tgo func(id int) {\n\t\t\tdefer wg.‸",
        Some("Done()"),
    ),
    (
        "go",
        "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar wg sync.WaitGroup\n\tfor i := 0; i < 5; i++ {\n\t\twg.Add(1)\n\t\tgo func(id int) {\n\t\t\tdefer wg.Done()\n\t\t\twork(id)\n\t\t}(i)\n\t}\n\twg.‸",
        Some("Wait()"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tnums := []int{1, 2, 3}\n\tfor _, n := range ‸",
        Some("nums {"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tnums := []int{1, 2, 3}\n\tsum := 0\n\tfor _, n := range nums {\n\t\tsum += ‸",
        Some("n"),
    ),
    (
        "go",
        "package main\n\nimport \"fmt\"\n\nfunc load(path string) error {\n\t_, err := os.ReadFile(path)\n\tif err != nil {\n\t\treturn fmt.Errorf(‸",
        None,
    ),
    (
        "go",
        "package main\n\nimport \"fmt\"\n\nfunc load(path string) error {\n\t_, err := os.ReadFile(path)\n\tif err != nil {\n\t\treturn fmt.Errorf(\"reading config: %w\", ‸",
        Some("err)"),
    ),
    (
        "go",
        "package main\n\nimport \"fmt\"\n\nfunc open(path string) (*os.File, error) {\n\tf, err := os.Open(path)\n\tif err != nil {\n\t\treturn nil, fmt.Errorf(\"open %s: %w\", path, ‸",
        Some("err)"),
    ),
    (
        "go",
        "package main\n\nfunc divide(a, b float64) (float64, error) {\n\tif b == 0 {\n\t\treturn 0, ‸",
        None,
    ),
    (
        "go",
        "package main\n\nfunc divide(a, b float64) (float64, error) {\n\tif b == 0 {\n\t\treturn 0, errors.New(\"division by zero\")\n\t}\n\treturn a / b, ‸",
        Some("nil"),
    ),
    (
        "go",
        "package main\n\ntype Node struct {\n\tValue int\n\tNext  *Node\n}\n\nfunc length(head *Node) int {\n\tcount := 0\n\tfor n := head; n != nil; n = ‸",
        Some("n.Next {"),
    ),
    (
        "go",
        "package main\n\ntype Node struct {\n\tValue int\n\tNext  *Node\n}\n\nfunc length(head *Node) int {\n\tcount := 0\n\tcurrent := head\n\tfor current != nil {\n\t\tcount++\n\t\tcurrent = ‸",
        Some("current.Next"),
    ),
    (
        "go",
        "package main\n\ntype Node struct {\n\tValue int\n\tNext  *Node\n}\n\nfunc length(head *Node) int {\n\tcount := 0\n\tcurrent := head\n\tfor current != ‸",
        Some("nil {"),
    ),
    (
        "go",
        "package main\n\nfunc bubbleSort(arr []int) {\n\tn := len(arr)\n\tfor i := 0; i < n; i++ {\n\t\tfor j := 0; j < n-i-1; j++ {\n\t\t\tif arr[j] > arr[j+1] {\n\t\t\t\tarr[j], arr[j+1] = ‸",
        Some("arr[j+1], arr[j]"),
    ),
    (
        "go",
        "package main\n\nfunc bubbleSort(arr []int) {\n\tn := len(arr)\n\tfor i := 0; i < n; i++ {\n\t\tfor j := 0; j < n-i-1; j++ {\n\t\t\tif arr[j] > ‸",
        Some("arr[j+1] {"),
    ),
    (
        "go",
        "package main\n\nfunc power(base, exp int) int {\n\tif exp == 0 {\n\t\treturn 1\n\t}\n\treturn ‸",
        Some("base * power(base, exp - 1)"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tmatrix := [][]int{{1, 2}, {3, 4}}\n\tfor i := 0; i < len(matrix); i++ {\n\t\tfor j := 0; j < len(‸",
        Some("matrix[i]); j++ {"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tmatrix := [][]int{{1, 2}, {3, 4}}\n\tfor _, row := range matrix {\n\t\tfor _, v := range ‸",
        Some("row {"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tch := make(chan int)\n\tgo producer(ch)\n\tfor v := range ‸",
        Some("ch {"),
    ),
    (
        "go",
        "package main\n\nfunc producer(ch chan int) {\n\tfor i := 0; i < 5; i++ {\n\t\tch <- i\n\t}\n\tclose(‸",
        Some("ch)"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tdone := make(chan bool)\n\tgo worker(done)\n\t<-‸",
        Some("done"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tch := make(chan string)\n\tselect {\n\tcase msg := <-ch:\n\t\tfmt.Println(‸",
        Some("msg"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(‸",
        Some("String[] args) {"),
    ),
    (
        "java",
        "import java.util.Scanner;\n\npublic class Main {\n    public static void main(String[] args) {\n        Scanner sc = new Scanner(System.in);\n        double price = sc.‸",
        Some("nextDouble()"),
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        List<String> names = new ‸",
        Some("ArrayList<>();"),
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        Map<String, Integer> counts = new ‸",
        Some("HashMap<>();"),
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        List<String> names = new ArrayList<>();\n        for (String name : ‸",
        Some("names) {"),
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        Map<String, Integer> counts = new HashMap<>();\n        for (String word : words) {\n            counts.put(word, counts.getOrDefault(‸",
        Some("word, 0) + 1);"),
    ),
    (
        "java",
        "public class Person {\n    private String name;\n    private int age;\n\n    public String getName() {\n        return ‸",
        Some("name;"),
    ),
    (
        "java",
        "public class Person {\n    private String name;\n    private int age;\n\n    public int getAge() {\n        return ‸",
        Some("age;"),
    ),
    (
        "java",
        "public class Person {\n    private String name;\n    private int age;\n\n    public void setName(String name) {\n        this.name = ‸",
        Some("name;"),
    ),
    (
        "java",
        "public class Person {\n    private String name;\n    private int age;\n\n    public void setAge(int age) {\n        ‸",
        Some("this.age = age;"),
    ),
    (
        "java",
        "public class Person {\n    private String name;\n    private int age;\n\n    @Override\n    public String ‸",
        Some("toString() {"),
    ),
    (
        "java",
        "public class Person {\n    private String name;\n\n    @Override\n    public ‸",
        None,
    ),
    (
        "java",
        "public class Person {\n    private String name;\n    private int age;\n\n    @Override\n    public String toString() {\n        return ‸",
        None,
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        String s = \"12\";\n        try {\n            int x = Integer.parseInt(s);\n        } catch (‸",
        Some("NumberFormatException e) {"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        try {\n            run();\n        } catch (Exception e) {\n            System.out.println(e.‸",
        Some("getMessage()"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        try {\n            read();\n        } catch (IOException e) {\n            e.‸",
        Some("printStackTrace();"),
    ),
    (
        "java",
        "class LinkedList {\n    Node head;\n\n    void print() {\n        Node current = head;\n        while (current != null) {\n            System.out.println(current.data);\n            current = ‸",
        Some("current.next;"),
    ),
    (
        "java",
        "class LinkedList {\n    Node head;\n\n    int size() {\n        int count = 0;\n        for (Node n = head; n != null; n = ‸",
        Some("n.next) {"),
    ),
    (
        "java",
        "class Sort {\n    static void bubble(int[] arr) {\n        for (int i = 0; i < arr.length - 1; i++) {\n            for (int j = 0; j < arr.length - i - 1; j++) {\n                if (arr[j] > arr[j + 1]) {\n                    int temp = arr[j];\n                    arr[j] = arr[j + 1];\n                    arr[j + 1] = ‸",
        Some("temp;"),
    ),
    (
        "java",
        "class Sort {\n    static void selection(int[] arr) {\n        for (int i = 0; i < arr.length - 1; i++) {\n            int minIndex = i;\n            for (int j = i + 1; j < arr.length; j++) {\n                if (arr[j] < arr[‸",
        Some("minIndex]) {"),
    ),
    (
        "java",
        "class Sort {\n    static void selection(int[] arr) {\n        for (int i = 0; i < arr.length - 1; i++) {\n            int minIndex = i;\n            for (int j = i + 1; j < arr.length; j++) {\n                if (arr[j] < arr[minIndex]) {\n                    minIndex = ‸",
        Some("j;"),
    ),
    (
        "java",
        "class Sort {\n    static void insertion(int[] arr) {\n        for (int i = 1; i < arr.length; i++) {\n            int key = arr[i];\n            int j = i - 1;\n            while (j >= 0 && arr[j] > ‸",
        Some("key) {"),
    ),
    (
        "java",
        "class BST {\n    Node insert(Node root, int key) {\n        if (root == null) {\n            return new ‸",
        Some("Node(key);"),
    ),
    (
        "java",
        "class BST {\n    Node insert(Node root, int key) {\n        if (root == null) {\n            return new Node(key);\n        }\n        if (key < root.key) {\n            root.left = ‸",
        Some("insert(root.left, key);"),
    ),
    (
        "java",
        "class BST {\n    void inorder(Node root) {\n        if (root != null) {\n            inorder(‸",
        Some("root.left);"),
    ),
    (
        "java",
        "class BST {\n    void inorder(Node root) {\n        if (root != null) {\n            inorder(root.left);\n            System.out.print(root.key + \" \");\n            inorder(‸",
        Some("root.right);"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        int[][] matrix = {{1, 2}, {3, 4}};\n        for (int i = 0; i < matrix.length; i++) {\n            for (int j = 0; j < ‸",
        Some("matrix[i].length; j++) {"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        int[][] matrix = {{1, 2}, {3, 4}};\n        for (int i = 0; i < matrix.length; i++) {\n            for (int j = 0; j < matrix[i].length; j++) {\n                System.out.print(matrix[i][‸",
        Some("j]"),
    ),
    (
        "java",
        "public class Main {\n    static int power(int base, int exp) {\n        if (exp == 0) return 1;\n        return ‸",
        Some("base * power(base, exp - 1);"),
    ),
    (
        "java",
        "public class Main {\n    static int sumDigits(int n) {\n        if (n == 0) return 0;\n        return ‸",
        Some("n % 10 + sumDigits(n / 10);"),
    ),
    (
        "java",
        "import java.util.ArrayList;\n\npublic class Main {\n    public static void main(String[] args) {\n        ArrayList<Integer> nums = new ArrayList<>();\n        for (int i = 0; i < nums.‸",
        Some("size()"),
    ),
    (
        "java",
        "import java.util.ArrayList;\n\npublic class Main {\n    public static void main(String[] args) {\n        ArrayList<Integer> nums = new ArrayList<>();\n        int total = 0;\n        for (int n : nums) {\n            total += ‸",
        Some("n;"),
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        Map<String, Integer> ages = new HashMap<>();\n        for (String key : ages.‸",
        Some("keySet()) {"),
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        Map<String, Integer> ages = new HashMap<>();\n        for (Map.Entry<String, Integer> entry : ages.‸",
        Some("entrySet()) {"),
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        Map<String, Integer> ages = new HashMap<>();\n        for (Map.Entry<String, Integer> entry : ages.entrySet()) {\n            System.out.println(entry.getKey() + \": \" + entry.‸",
        Some("getValue()"),
    ),
    ("c", "int main(‸", Some("void) {")),
    ("c", "#include <stdio.h>\n\nint main(void) {\n    ‸", None),
    (
        "c",
        "#include <stdlib.h>\n\nint main(void) {\n    int n = 10;\n    int *arr = malloc(n * sizeof(int));\n    if (arr == ‸",
        Some("NULL) {"),
    ),
    (
        "c",
        "#include <stdlib.h>\n\nint main(void) {\n    int n = 10;\n    int *arr = malloc(n * sizeof(int));\n    for (int i = 0; i < n; i++) {\n        arr[i] = i;\n    }\n    free(‸",
        Some("arr"),
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main(void) {\n    int n;\n    scanf(\"%d\", &‸",
        Some("n);"),
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main(void) {\n    int n;\n    scanf(\"%d\", &‸);",
        Some("n"),
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main(void) {\n    int n;\n    scanf(‸",
        Some("\"%d\", &n);"),
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main(void) {\n    double x;\n    scanf(\"%lf\", &‸",
        Some("x);"),
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main(void) {\n    int n = 5;\n    printf(\"%d\\n\", ‸",
        Some("n"),
    ),
    (
        "c",
        "typedef struct {\n    char name[50];\n    int age;\n} ‸",
        None,
    ),
    (
        "c",
        "#include <stdio.h>\n\nstruct Point {\n    int x;\n    int y;\n};\n\nint main(void) {\n    struct Point p = {1, 2};\n    printf(\"%d %d\\n\", p.x, ‸",
        Some("p.y);"),
    ),
    (
        "c",
        "#include <string.h>\n\nint main(void) {\n    char s[] = \"hello\";\n    int len = strlen(‸",
        Some("s);"),
    ),
    (
        "c",
        "#include <string.h>\n\nint main(void) {\n    char src[] = \"hello\";\n    char dest[20];\n    strcpy(dest, ‸",
        Some("src);"),
    ),
    (
        "c",
        "#include <string.h>\n\nint main(void) {\n    char src[] = \"hello\";\n    char dest[20];\n    strcpy(‸",
        Some("dest, src);"),
    ),
    (
        "c",
        "#include <string.h>\n\nint same(const char *a, const char *b) {\n    if (strcmp(a, b) ‸",
        Some("== 0) {"),
    ),
    (
        "c",
        "struct Node {\n    int data;\n    struct Node *next;\n};\n\nint length(struct Node *head) {\n    int count = 0;\n    struct Node *current = head;\n    while (current != NULL) {\n        count++;\n        current = ‸",
        Some("current->next;"),
    ),
    (
        "c",
        "struct Node {\n    int data;\n    struct Node *next;\n};\n\nint length(struct Node *head) {\n    int count = 0;\n    struct Node *current = head;\n    while (current != ‸",
        Some("NULL) {"),
    ),
    (
        "c",
        "#include <stdlib.h>\n\nstruct Node {\n    int data;\n    struct Node *next;\n};\n\nstruct Node *push(struct Node *head, int data) {\n    struct Node *new_node = malloc(sizeof(‸",
        Some("struct Node));"),
    ),
    (
        "c",
        "#include <stdlib.h>\n\nstruct Node {\n    int data;\n    struct Node *next;\n};\n\nstruct Node *push(struct Node *head, int data) {\n    struct Node *new_node = malloc(sizeof(struct Node));\n    new_node->data = ‸",
        Some("data;"),
    ),
    (
        "c",
        "#include <stdlib.h>\n\nstruct Node {\n    int data;\n    struct Node *next;\n};\n\nstruct Node *push(struct Node *head, int data) {\n    struct Node *new_node = malloc(sizeof(struct Node));\n    new_node->data = data;\n    new_node->next = ‸",
        Some("head;"),
    ),
    (
        "c",
        "void print_list(struct Node *head) {\n    for (struct Node *p = head; p != NULL; p = ‸",
        Some("p->next) {"),
    ),
    (
        "c",
        "void bubble_sort(int arr[], int n) {\n    for (int i = 0; i < n - 1; i++) {\n        for (int j = 0; j < n - i - 1; j++) {\n            if (arr[j] > arr[j + 1]) {\n                int temp = arr[j];\n                arr[j] = arr[j + 1];\n                arr[j + 1] = ‸",
        Some("temp;"),
    ),
    (
        "c",
        "void bubble_sort(int arr[], int n) {\n    for (int i = 0; i < n - 1; i++) {\n        for (int j = 0; j < n - i - 1; j++) {\n            if (arr[j] > ‸",
        Some("arr[j + 1]) {"),
    ),
    (
        "c",
        "void selection_sort(int arr[], int n) {\n    for (int i = 0; i < n - 1; i++) {\n        int min = i;\n        for (int j = i + 1; j < n; j++) {\n            if (arr[j] < arr[min])\n                min = ‸",
        Some("j;"),
    ),
    (
        "c",
        "#include <stdio.h>\n\nint main(void) {\n    int matrix[3][3] = {0};\n    for (int i = 0; i < 3; i++) {\n        for (int j = 0; j < 3; j++) {\n            printf(\"%d \", matrix[i][‸",
        Some("j]"),
    ),
    (
        "c",
        "int power(int base, int exp) {\n    if (exp == 0)\n        return 1;\n    return ‸",
        Some("base * power(base, exp - 1);"),
    ),
    (
        "c",
        "int sum_digits(int n) {\n    if (n == 0)\n        return 0;\n    return ‸",
        Some("n % 10 + sum_digits(n / 10);"),
    ),
    (
        "c",
        "int row_sum(int m[][3], int row) {\n    int sum = 0;\n    for (int j = 0; j < 3; j++) {\n        sum += m[row][‸",
        None,
    ),
    (
        "cpp",
        "#include <algorithm>\n#include <vector>\n\nint main() {\n    std::vector<int> v = {3, 1, 2};\n    std::sort(‸",
        Some("v.begin(), v.end());"),
    ),
    (
        "cpp",
        "#include <algorithm>\n#include <vector>\n\nint main() {\n    std::vector<int> v = {3, 1, 2};\n    std::sort(v.begin(), ‸",
        Some("v.end());"),
    ),
    (
        "cpp",
        "#include <algorithm>\n#include <vector>\n\nint main() {\n    std::vector<int> v = {3, 1, 2};\n    std::sort(‸);",
        Some("v.begin(), v.end()"),
    ),
    (
        "cpp",
        "#include <vector>\n\nint main() {\n    std::vector<int> v = {3, 1, 2};\n    for (const auto& x : ‸",
        Some("v) {"),
    ),
    (
        "cpp",
        "#include <iostream>\n#include <vector>\n\nint main() {\n    std::vector<int> v = {3, 1, 2};\n    for (const auto& x : v) {\n        std::cout << x << ‸",
        Some("std::endl;"),
    ),
    (
        "cpp",
        "#include <vector>\n\nint main() {\n    std::vector<int> v;\n    v.push_back(‸",
        None,
    ),
    (
        "cpp",
        "#include <map>\n#include <string>\n\nint main() {\n    std::map<std::string, int> ages;\n    for (const auto& [name, age] : ‸",
        Some("ages) {"),
    ),
    (
        "cpp",
        "#include <iostream>\n#include <map>\n#include <string>\n\nint main() {\n    std::map<std::string, int> ages;\n    for (const auto& pair : ages) {\n        std::cout << pair.first << \": \" << pair.‸",
        Some("second"),
    ),
    (
        "cpp",
        "#include <iostream>\n\nstruct Node {\n    int data;\n    Node* next;\n};\n\nvoid print(Node* head) {\n    Node* current = head;\n    while (current != nullptr) {\n        std::cout << current->data << \" \";\n        current = ‸",
        Some("current->next;"),
    ),
    (
        "cpp",
        "struct Node {\n    int data;\n    Node* next;\n};\n\nvoid print(Node* head) {\n    Node* current = head;\n    while (current != ‸",
        Some("nullptr) {"),
    ),
    (
        "cpp",
        "#include <utility>\n#include <vector>\n\nvoid bubble(std::vector<int>& v) {\n    for (size_t i = 0; i < v.size(); i++) {\n        for (size_t j = 0; j + 1 < v.size() - i; j++) {\n            if (v[j] > v[j + 1]) {\n                std::swap(‸",
        Some("v[j], v[j + 1]);"),
    ),
    (
        "cpp",
        "#include <vector>\n\nint main() {\n    std::vector<std::vector<int>> matrix = {{1, 2}, {3, 4}};\n    for (size_t i = 0; i < matrix.size(); i++) {\n        for (size_t j = 0; j < matrix[i].‸",
        Some("size()"),
    ),
    (
        "cpp",
        "#include <numeric>\n#include <vector>\n\nint main() {\n    std::vector<int> v = {1, 2, 3};\n    int total = std::accumulate(v.begin(), v.end(), ‸",
        Some("0);"),
    ),
    (
        "cpp",
        "#include <algorithm>\n#include <vector>\n\nint main() {\n    std::vector<int> v = {1, 2, 3};\n    auto it = std::find(v.begin(), v.end(), 2);\n    if (it != v.‸",
        Some("end()"),
    ),
    (
        "cpp",
        "#include <string>\n#include <unordered_map>\n#include <vector>\n\nint main() {\n    std::vector<std::string> words;\n    std::unordered_map<std::string, int> counts;\n    for (const auto& w : words) {\n        counts[‸",
        Some("w]++;"),
    ),
    (
        "cpp",
        "#include <iostream>\n\nint main() {\n    int n;\n    std::cin >> ‸",
        Some("n;"),
    ),
    (
        "cpp",
        "#include <iostream>\n#include <string>\n\nint main() {\n    std::string name;\n    std::getline(std::cin, ‸",
        Some("name);"),
    ),
    (
        "cpp",
        "int factorial(int n) {\n    if (n <= 1) return 1;\n    return ‸",
        Some("n * factorial(n - 1);"),
    ),
    (
        "cpp",
        "int power(int base, int exp) {\n    if (exp == 0) return 1;\n    return ‸",
        Some("base * power(base, exp - 1);"),
    ),
    (
        "cpp",
        "#include <vector>\n\nstd::vector<std::vector<int>> transpose(const std::vector<std::vector<int>>& m) {\n    std::vector<std::vector<int>> t(m[0].size(), std::vector<int>(m.size()));\n    for (size_t i = 0; i < m.size(); i++) {\n        for (size_t j = 0; j < m[i].size(); j++) {\n            t[j][i] = ‸",
        Some("m[i][j];"),
    ),
    (
        "cpp",
        "struct TreeNode {\n    int val;\n    TreeNode* left;\n    TreeNode* right;\n};\n\nvoid inorder(TreeNode* root) {\n    if (root == nullptr) return;\n    inorder(‸",
        Some("root->left);"),
    ),
    (
        "python",
        "def count(tree):\n    current = tree\n    while current:\n        current = ‸",
        None,
    ),
    (
        "javascript",
        "let running = true;\nwhile (running) {\n  running = ‸",
        None,
    ),
    (
        "c",
        "int main(void) {\n    int x = 5;\n    while (x != ‸",
        None,
    ),
    (
        "python",
        "def process(items):\n    if not items:\n        return\n    process(‸",
        None,
    ),
    (
        "python",
        "class Bag:\n    def __init__(self):\n        self.items = []\n        self.head = None\n\n    def add(self, item):\n        self.items.append(item)\n        self.head = ‸",
        None,
    ),
    (
        "python",
        "def biggest(arr):\n    best = arr[0]\n    for j in range(len(arr)):\n        if arr[j] > ‸",
        None,
    ),
    (
        "python",
        "scores = [3, 1, 2]\nfor i in range(len(scores)):\n    if scores[i] > ‸",
        None,
    ),
    (
        "python",
        "def f(arr, n):\n    for i in range(n):\n        for j in range(i + 1, n):\n            if arr[j] < arr[‸",
        None,
    ),
    (
        "python",
        "def f(arr):\n    j = len(arr) - 1\n    while j >= 0 and arr[j] > ‸",
        None,
    ),
    (
        "python",
        "def f(arr):\n    total = 0\n    for i in range(len(arr)):\n        value = arr[i]\n        total = ‸",
        None,
    ),
    (
        "python",
        "grid = [[0] * 3 for _ in range(3)]\nfor i in range(3):\n    for j in range(3):\n        print(grid[j][‸",
        None,
    ),
    ("python", "def sum_digits(n):\n    return ‸", None),
    ("python", "def power(a, b):\n    return ‸", None),
    (
        "python",
        "matrix = [[1, 2], [3, 4]]\nrows = len(‸",
        Some("matrix)"),
    ),
    ("python", "matrix = [[1, 2], [3, 4]]\nn = len(‸", None),
    (
        "python",
        "numbers = [1, 2, 3]\ncount = len(‸",
        Some("numbers)"),
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) throws Exception {\n        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));\n        String line = reader.readLine();\n        while (line != ‸",
        None,
    ),
    (
        "cpp",
        "#include <iostream>\n#include <map>\n\nint main() {\n    std::map<std::string, int> ages;\n    for (const auto& pair : ages) {\n        std::cout << pair.‸",
        Some("first"),
    ),
    (
        "rust",
        "fn main() {\n    let v = vec![1, 2];\n    for a in &v {\n        for ‸",
        None,
    ),
    (
        "javascript",
        "const nums = [1, 2, 3];\nconst evens = nums.filter(n => n % 2 ‸",
        Some("=== 0"),
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tx := 10\n\tfor x != ‸",
        None,
    ),
    (
        "python",
        "def insert(root, key):\n    if root is None:\n        return Node(key)\n    if key < root.key:\n        root.left = insert(root.left, key)\n    else:\n        root.right = insert(‸",
        Some("root.right, key)"),
    ),
    (
        "java",
        "class BST {\n    Node insert(Node root, int key) {\n        if (root == null) {\n            return new Node(key);\n        }\n        if (key < root.key) {\n            root.left = insert(root.left, key);\n        } else {\n            root.right = ‸",
        Some("insert(root.right, key);"),
    ),
    (
        "cpp",
        "struct TreeNode {\n    int val;\n    TreeNode* left;\n    TreeNode* right;\n};\n\nvoid postorder(TreeNode* root) {\n    if (!root) return;\n    postorder(root->left);\n    postorder(‸",
        Some("root->right);"),
    ),
    (
        "c",
        "struct Node {\n    int data;\n    struct Node *left;\n    struct Node *right;\n};\n\nvoid inorder(struct Node *root) {\n    if (root == NULL)\n        return;\n    inorder(‸",
        Some("root->left);"),
    ),
    (
        "javascript",
        "function inorder(node, out) {\n  if (!node) return;\n  inorder(‸",
        Some("node.left, out);"),
    ),
    (
        "python",
        "def reverse_list(head):\n    prev = None\n    current = head\n    while current is not None:\n        nxt = current.next\n        current.next = ‸",
        Some("prev"),
    ),
    (
        "java",
        "class LinkedList {\n    Node head;\n\n    Node reverse() {\n        Node prev = null;\n        Node current = head;\n        while (current != null) {\n            Node next = current.next;\n            current.next = ‸",
        Some("prev;"),
    ),
    (
        "c",
        "struct Node *reverse(struct Node *head) {\n    struct Node *prev = NULL;\n    struct Node *curr = head;\n    while (curr != NULL) {\n        struct Node *next = curr->next;\n        curr->next = prev;\n        prev = ‸",
        Some("curr;"),
    ),
    (
        "go",
        "package main\n\ntype ListNode struct {\n\tVal  int\n\tNext *ListNode\n}\n\nfunc printList(head *ListNode) {\n\tfor node := head; node != nil; node = ‸",
        Some("node.Next {"),
    ),
    (
        "javascript",
        "function insertionSort(arr) {\n  for (let i = 1; i < arr.length; i++) {\n    const key = arr[i];\n    let j = i - 1;\n    while (j >= 0 && arr[j] > key) {\n      arr[j + 1] = arr[j];\n      j--;\n    }\n    arr[j + 1] = ‸",
        Some("key;"),
    ),
    (
        "c",
        "void insertion_sort(int arr[], int n) {\n    for (int i = 1; i < n; i++) {\n        int key = arr[i];\n        int j = i - 1;\n        while (j >= 0 && arr[j] > ‸",
        Some("key) {"),
    ),
    (
        "go",
        "package main\n\nfunc selectionSort(a []int) {\n\tfor i := 0; i < len(a); i++ {\n\t\tminIdx := i\n\t\tfor j := i + 1; j < len(a); j++ {\n\t\t\tif a[j] < a[‸",
        Some("minIdx] {"),
    ),
    (
        "python",
        "def sum_of_digits(num):\n    if num == 0:\n        return 0\n    return ‸",
        Some("num % 10 + sum_of_digits(num // 10)"),
    ),
    (
        "go",
        "package main\n\nfunc sumDigits(n int) int {\n\tif n < 10 {\n\t\treturn n\n\t}\n\treturn ‸",
        Some("n % 10 + sumDigits(n / 10)"),
    ),
    (
        "python",
        "class Stack:\n    def __init__(self):\n        self.top = None\n\n    def push(self, value):\n        node = Node(value)\n        node.next = ‸",
        None,
    ),
    (
        "go",
        "package main\n\nimport \"fmt\"\n\nfunc check(v int) error {\n\treturn fmt.Errorf(\"bad value: %w\", ‸",
        None,
    ),
    (
        "go",
        "package main\n\nimport \"fmt\"\n\nfunc parse(s string) (int, error) {\n\tn, err := strconv.Atoi(s)\n\tif err != nil {\n\t\treturn 0, fmt.Errorf(\"parse %q: %w\", ‸",
        None,
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tin := make(chan int)\n\tout := make(chan int)\n\tclose(‸",
        None,
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tch := make(chan int)\n\tfor i := range ‸",
        None,
    ),
    (
        "go",
        "package main\n\nimport \"net/http\"\n\nfunc process(‸",
        None,
    ),
    (
        "go",
        "package main\n\nfunc find(m map[string]int, k string) (int, bool) {\n\tv, ok := m[k]\n\treturn v, ‸",
        None,
    ),
    (
        "go",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\nfunc home(w http.ResponseWriter, r *http.Request) {\n\tfmt.Fprintf(w, \"home\")\n}\n\nfunc about(w http.ResponseWriter, r *http.Request) {\n\tfmt.Fprintf(w, \"about\")\n}\n\nfunc main() {\n\thttp.HandleFunc(\"/\", ‸",
        None,
    ),
    (
        "java",
        "public class Person {\n    private String name;\n\n    @Override\n    public void ‸",
        None,
    ),
    (
        "java",
        "public class Main {\n    public static void main(String[] args) {\n        Exception e = new Exception(\"x\");\n        e.‸",
        None,
    ),
    (
        "c",
        "#include <stdlib.h>\n\nint main(void) {\n    int n = 3;\n    free(‸",
        None,
    ),
    (
        "c",
        "#include <string.h>\n\nint main(void) {\n    char a[] = \"one\";\n    char b[] = \"two\";\n    int len = strlen(‸",
        None,
    ),
    (
        "c",
        "#include <string.h>\n\nint main(void) {\n    char a[] = \"one\";\n    char b[] = \"two\";\n    strcpy(‸",
        None,
    ),
    (
        "javascript",
        "const users = getUsers();\nconst names = users.map(user => user.‸",
        None,
    ),
    (
        "javascript",
        "const users = [{ id: 1, name: 'Ada' }];\nfunction firstAdmin(role) {\n  return users.find(u => u.id === ‸",
        None,
    ),
    (
        "javascript",
        "const router = makeRouter();\nrouter.get('/', (‸",
        None,
    ),
    (
        "javascript",
        "const express = require('express');\nconst app = express();\napp.get('/users/:userId/posts/:postId', (req, res) => {\n  const id = req.params.‸",
        None,
    ),
    (
        "javascript",
        "const express = require('express');\nconst app = express();\napp.get('/users', (req, res) => {\n  const user = req.‸",
        None,
    ),
    ("typescript", "function check(n: number): ‸", None),
    (
        "typescript",
        "interface User {\n  id: number;\n  name: string;\n}\nfunction show(user: User): string {\n  return user.‸",
        None,
    ),
    (
        "python",
        "def height(tree):\n    if tree is None:\n        return 0\n    return 1 + ‸",
        Some("max(height(tree.left), height(tree.right))"),
    ),
    (
        "python",
        "def total(node):\n    if node is None:\n        return 0\n    return 1 + ‸",
        None,
    ),
    (
        "cpp",
        "#include <numeric>\n#include <vector>\n\nint main() {\n    std::vector<int> v = {1, 2, 3};\n    double product = std::accumulate(v.begin(), v.end(), ‸",
        None,
    ),
    (
        "rust",
        "fn main() {\n    let matrix = vec![vec![1, 2], vec![3, 4]];\n    for row in &matrix {\n        for x in ‸",
        Some("row {"),
    ),
    (
        "python",
        "items = [\"a\", \"b\"]\nfor a in items:\n    for b in ‸",
        None,
    ),
    (
        "cpp",
        "#include <vector>\n\nint main() {\n    std::vector<std::vector<int>> grid(3, std::vector<int>(3));\n    for (size_t i = 0; i < grid.size(); i++) {\n        for (size_t j = 0; j < ‸",
        Some("grid[i].size(); j++) {"),
    ),
    (
        "javascript",
        "const nums = [1, 2, 3];\nfor (let i = 0; i < nums.length; i++) {\n  for (let j = 0; j < ‸",
        None,
    ),
    (
        "python",
        "def copy(matrix):\n    rows = len(matrix)\n    result = [[0] * rows for _ in range(rows)]\n    for i in range(rows):\n        for j in range(rows):\n            result[j][i] = ‸",
        None,
    ),
    (
        "python",
        "nums = [1, 2]\ntotal = 0\nfor n in nums:\n    total += ‸",
        Some("n"),
    ),
    (
        "javascript",
        "const nums = [1, 2];\nlet total = 0;\nfor (const n of nums) {\n  total += ‸",
        Some("n;"),
    ),
    (
        "rust",
        "fn main() {\n    let v = vec![1, 2];\n    let mut sum = 0;\n    for x in &v {\n        sum += ‸",
        Some("x;"),
    ),
    (
        "cpp",
        "int main() {\n    std::vector<int> v;\n    int sum = 0;\n    for (int x : v) {\n        sum += ‸",
        Some("x;"),
    ),
    (
        "python",
        "words = []\ncount = 0\nfor w in words:\n    count += ‸",
        None,
    ),
    (
        "python",
        "prices = [3, 4]\ntotal = 0\nfor p in prices:\n    if p > 3:\n        total += ‸",
        None,
    ),
    (
        "python",
        "names = [\"a\"]\nresult = \"\"\nfor name in names:\n    result += ‸",
        None,
    ),
    (
        "python",
        "def countdown(n):\n    print(n)\n    countdown(‸",
        None,
    ),
    (
        "python",
        "def sum_list(lst):\n    if len(lst) == 0:\n        return 0\n    return ‸",
        Some("lst[0] + sum_list(lst[1:])"),
    ),
    (
        "python",
        "def reverse_string(text):\n    if text == \"\":\n        return text\n    return ‸",
        Some("reverse_string(text[1:]) + text[0]"),
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        Map<String, Integer> ages = new HashMap<>();\n        for (int age : ages.‸",
        Some("values()) {"),
    ),
    (
        "java",
        "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        Map<String, String> capitals = new HashMap<>();\n        for (String name : capitals.‸",
        None,
    ),
    (
        "typescript",
        "interface Props {\n  title: string;\n  render: () => ‸",
        None,
    ),
    (
        "javascript",
        "const express = require('express');\nconst app = express();\nconst books = [];\napp.get('/users', (req, res) => {\n  res.json(‸",
        None,
    ),
    (
        "c",
        "#include <stdio.h>\n\nstruct Point {\n    int x;\n    int y;\n    int z;\n};\n\nint main(void) {\n    struct Point p = {1, 2, 3};\n    printf(\"%d %d %d\\n\", p.x, ‸",
        Some("p.y"),
    ),
    (
        "c",
        "#include <stdio.h>\n\nstruct Point {\n    int x;\n    int y;\n};\n\nint main(void) {\n    struct Point p = {1, 2};\n    printf(\"%d\\n\", p.x, ‸",
        None,
    ),
    (
        "rust",
        "struct Person {\n    name: String,\n    age: u32,\n}\n\nfn main() {\n    let p = Person { name: String::from(\"Ada\"), age: 36 };\n    println!(\"{} is {}\", p.name, ‸",
        Some("p.age);"),
    ),
    (
        "go",
        "package main\n\nfunc send(c *conn, b, oob []byte) (int, error) {\n\treturn c.write(b, ‸",
        None,
    ),
    (
        "go",
        "package main\n\nfunc Pow(x, y float64) float64 {\n\tswitch {\n\tcase y == 0:\n\t\treturn 1\n\tcase y == 1:\n\t\treturn ‸",
        None,
    ),
    // Eighteenth round (lead): on the line right below a complete import, at its indentation, the next import;
    // not after a blank line, not below Python's `import x` (as often `from`), not in a Python function, not
    // inside a multi-line import list.
    (
        "python",
        "import os\nfrom pathlib import Path\n‸",
        Some("from "),
    ),
    ("javascript", "import fs from 'fs';\n‸", Some("import ")),
    (
        "typescript",
        "import {\n  Doc,\n  Map as YMap,\n} from 'yjs'\n‸",
        Some("import "),
    ),
    (
        "java",
        "package app;\n\nimport java.util.List;\nim‸",
        Some("port "),
    ),
    ("rust", "use std::collections::HashMap;\n‸", Some("use ")),
    ("rust", "pub use crate::room::Room;\n‸", Some("pub use ")),
    ("python", "import os\n‸", None),
    ("typescript", "import { a } from './a';\n\n‸", None),
    (
        "python",
        "def main():\n    from idlelib import run\n    ‸",
        None,
    ),
    ("python", "from typing import (\n    Any,\n‸", None),
    // Eighteenth round (lead): a Java file's package clause is followed by its imports.
    (
        "java",
        "/*\n * Licence.\n */\n\npackage java.util;\n\n‸",
        Some("import "),
    ),
    ("java", "package app;\nim‸", Some("port ")),
    (
        "java",
        "package app;\n\nimport java.util.List;\n\npublic class Main {\n    ‸",
        None,
    ),
    // Eighteenth round (lead): a block opened by a `BEGIN` macro closes with its `END` on the line after the `}`
    // (jemalloc's tests), typed or not; not inside the block, not after an ordinary function.
    (
        "c",
        "#include \"test/jemalloc_test.h\"\n\nTEST_BEGIN(test_basic) {\n\tvoid *p = malloc(1);\n\tif (p == NULL) {\n\t\ttest_fail(\"no memory\");\n\t}\n\tfree(p);\n}\n‸",
        Some("TEST_END"),
    ),
    (
        "c",
        "#include \"test/jemalloc_test.h\"\n\nTEST_BEGIN(test_basic) {\n\tvoid *p = malloc(1);\n\tif (p == NULL) {\n\t\ttest_fail(\"no memory\");\n\t}\n\tfree(p);\n}\nTE‸",
        Some("ST_END"),
    ),
    (
        "cpp",
        "BEGIN_TEST(parses) {\n    CHECK(parse(\"1\") == 1);\n}\n‸",
        Some("END_TEST"),
    ),
    (
        "c",
        "#include \"test/jemalloc_test.h\"\n\nTEST_BEGIN(test_basic) {\n\tvoid *p = malloc(1);\n\tif (p == NULL) {\n\t\ttest_fail(\"no memory\");\n\t}\n\tfree(p);\n}\nTEST_END\n\nint\nmain(void) {\n\treturn 0;\n}\n‸",
        None,
    ),
    (
        "c",
        "TEST_BEGIN(test_basic) {\n\tvoid *p = malloc(1);\n\tfree(p);\n\t‸",
        None,
    ),
    // Eighteenth round (lead): a module that exported each of its last three declarations or more exports the
    // next one (`export `), after a doc comment too; not below an import, not after a declaration it kept to itself,
    // not inside a block.
    (
        "javascript",
        "export const add = (a, b) => a + b\n\nexport function sub(a, b) {\n  return a - b\n}\n\n/**\n * Multiplies.\n */\nexport const mul = (a, b) => a * b\n\n‸",
        Some("export "),
    ),
    (
        "javascript",
        "export const add = (a, b) => a + b\n\nexport function sub(a, b) {\n  return a - b\n}\n\n/**\n * Multiplies.\n */\nexport const mul = (a, b) => a * b\n\nex‸",
        Some("port "),
    ),
    (
        "typescript",
        "import { Doc } from 'yjs';\n\nexport interface Options {\n  room: string;\n}\n\nexport type Handler = (doc: Doc) => void;\n\nexport declare function connect(options: Options): Doc;\n\n/** The default port. */\n‸",
        Some("export "),
    ),
    (
        "javascript",
        "export const add = (a, b) => a + b\n\nexport function sub(a, b) {\n  return a - b\n}\n\n/**\n * Multiplies.\n */\nexport const mul = (a, b) => a * b\n\nconst helper = () => 1\n\n‸",
        None,
    ),
    (
        "javascript",
        "export const a = 1\nexport const b = 2\n‸",
        None,
    ),
    (
        "typescript",
        "export const a = 1;\nexport const b = 2;\nexport const c = 3;\nimport { d } from './d';\n‸",
        Some("import "),
    ),
    (
        "javascript",
        "export const add = (a, b) => a + b\n\nexport function sub(a, b) {\n  return a - b\n}\n\n/**\n * Multiplies.\n */\nexport const mul = (a, b) => a * b\n\nfunction f() {\n  ‸",
        None,
    ),
    // Eighteenth round (lead): where a Go member names a type (a parameter, a field, a `var`, a result, a pointer
    // conversion), the declared name says which of the package's types (`ctx` -> `Context`, `fi` -> `FileInfo`,
    // `rows` -> `Rows`), or the package has one type declarations name (`unsafe.Pointer`, `strings.Builder`); a
    // product (`15 * time.`), an expression, or a name that fits no type leaves it to the popup.
    (
        "go",
        "package main\n\nfunc Do(ctx context.‸",
        Some("Context"),
    ),
    (
        "go",
        "package main\n\nfunc Do(ctx context.‸)",
        Some("Context"),
    ),
    (
        "go",
        "package main\n\nfunc run(ctx context.Co‸",
        Some("ntext"),
    ),
    (
        "go",
        "package main\n\ntype Cache struct {\n\tmu sync.‸",
        Some("Mutex"),
    ),
    (
        "go",
        "package main\n\ntype Pool struct {\n\tonce sync.‸",
        Some("Once"),
    ),
    (
        "go",
        "package main\n\nfunc worker(id int, wg *sync.‸",
        Some("WaitGroup"),
    ),
    ("go", "package main\n\nfunc readAll(r io.‸", Some("Reader")),
    ("go", "package main\n\nfunc copyTo(w io.‸", Some("Writer")),
    (
        "go",
        "package main\n\nfunc close(rc io.‸",
        Some("ReadCloser"),
    ),
    ("go", "package main\n\nfunc stat(fi os.‸", Some("FileInfo")),
    ("go", "package main\n\nfunc open(f *os.‸", Some("File")),
    ("go", "package main\n\nfunc query(db *sql.‸", Some("DB")),
    (
        "go",
        "package main\n\nfunc scanRow(rows *sql.‸",
        Some("Rows"),
    ),
    ("go", "package main\n\nfunc wait(d time.‸", Some("Duration")),
    ("go", "package main\n\nvar buf bytes.‸", Some("Buffer")),
    ("go", "package main\n\nvar sb strings.‸", Some("Builder")),
    (
        "go",
        "package main\n\nfunc f(labels unsafe.‸",
        Some("Pointer"),
    ),
    (
        "go",
        "package main\n\nfunc Loadp(ptr unsafe.Pointer) unsafe.‸",
        Some("Pointer"),
    ),
    (
        "go",
        "package main\n\nfunc load(p uintptr) *node {\n\treturn (*node)(unsafe.‸",
        Some("Pointer"),
    ),
    (
        "go",
        "package main\n\nfunc addr(n *node) uintptr {\n\treturn uintptr(unsafe.‸",
        Some("Pointer"),
    ),
    ("go", "package main\n\nfunc dial(conn net.‸", Some("Conn")),
    (
        "go",
        "package main\n\nfunc decode(dec *json.‸",
        Some("Decoder"),
    ),
    ("go", "package main\n\nfunc visit(f *flag.‸", Some("Flag")),
    (
        "go",
        "package main\n\nfunc visit(fs *flag.‸",
        Some("FlagSet"),
    ),
    // The code's own packages: the type its declared name fits among the names it gave uncalled, a type
    // assertion's and a function type's parameter too; a type switch's `case` names none, and an assertion is
    // not the package's usual type.
    (
        "go",
        "package fix\n\nfunc walk(f *ast.File, n ast.Node) {\n\tid := n.(*ast.Ident)\n\t_ = id\n}\n\nfunc simplify(f *ast.‸",
        Some("File"),
    ),
    (
        "go",
        "package fix\n\nfunc walk(n ast.Node) {\n\tswitch n.(type) {\n\tcase *ast.Ident:\n\tcase *ast.‸",
        None,
    ),
    (
        "go",
        "package main\n\nimport \"os/exec\"\n\nfunc main() {\n\terr := cmd.Run()\n\tif exitErr, ok := err.(*exec.‸",
        None,
    ),
    // After a top-level block and a blank line, the next declaration starts as that block did; not right below
    // the `}`, not after a block inside a function.
    (
        "go",
        "package main\n\nfunc add(a, b int) int {\n\treturn a + b\n}\n\n‸",
        Some("func "),
    ),
    (
        "go",
        "package main\n\ntype Point struct {\n\tX, Y int\n}\n\nty‸",
        Some("pe "),
    ),
    (
        "go",
        "package main\n\nfunc add(a, b int) int {\n\treturn a + b\n}\n‸",
        None,
    ),
    (
        "go",
        "package main\n\nfunc main() {\n\tif ok {\n\t\treturn\n\t}\n\n\t‸",
        None,
    ),
    ("go", "package main\n\nfunc wait(timeout time.‸", None),
    ("go", "package main\n\nconst keepAlive = 15 * time.‸", None),
    ("go", "package main\n\nfunc main() {\n\tn := unsafe.‸", None),
    (
        "go",
        "package main\n\nfunc main() {\n\tctx, cancel := context.‸",
        None,
    ),
    (
        "go",
        "package main\n\nfunc f() error {\n\treturn context.‸",
        None,
    ),
    (
        "go",
        "package main\n\ntype S struct {\n\tcache sync.‸",
        None,
    ),
];

#[test]
fn everyday_snippets_are_completed_inline_or_left_alone() {
    let mut failures = Vec::new();
    for (language, marked, expected) in INLINE {
        let got = inline(language, marked).map(|(text, _)| text);
        if got.as_deref() != *expected {
            failures.push(format!(
                "{language} {marked:?}: expected {expected:?}, got {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every everyday snippet cut at every few characters, each cut in every language: the rules read the typed line
/// with slices and splits, and half-typed lines are where a bad index would panic.
#[test]
fn every_snippet_cut_anywhere_in_any_language_is_answered_well_formed() {
    const LANGUAGES: &[&str] = &[
        "python",
        "javascript",
        "typescript",
        "rust",
        "go",
        "java",
        "c",
        "cpp",
    ];
    // A cut every few characters keeps the debug build's run to seconds; `SNIPPET_CUT_STRIDE=1` tries them all.
    let stride = std::env::var("SNIPPET_CUT_STRIDE")
        .ok()
        .and_then(|value| value.parse::<usize>().ok())
        .filter(|stride| *stride > 0)
        .unwrap_or(7);
    for (index, (own, marked, _)) in INLINE.iter().enumerate() {
        let code: String = marked.chars().filter(|&c| c != '‸').collect();
        let length = code.chars().count();
        // Its own language, and another in turn: a rule must not trust that the code is in its language.
        for language in [own, &LANGUAGES[index % LANGUAGES.len()]] {
            for cursor in (index % stride..=length).step_by(stride).chain([length]) {
                // The file as typed so far, and the same cut with the rest of the snippet after the cursor.
                let typed: String = code.chars().take(cursor).collect();
                for (text, at) in [(typed.as_str(), cursor), (code.as_str(), cursor)] {
                    let request = CompletionRequest {
                        code: text,
                        cursor: at,
                        language,
                    };
                    let suggestions = suggest(&request).expect("the cursor is in range");
                    assert_well_formed(&suggestions, &|| format!("{language} {text:?} at {at}"));
                }
            }
        }
    }
}

#[test]
fn the_caret_goes_where_the_developer_types_next() {
    assert_eq!(inline("javascript", "console.log‸"), Some(("()".into(), 1)));
    assert_eq!(
        inline("rust", "fn main() {\n    println!(‸"),
        Some(("\"{}\", );".into(), 6))
    );
    assert_eq!(
        inline(
            "go",
            "package main\n\nfunc main() {\n\tm := map[string]int‸"
        ),
        Some(("{}".into(), 1))
    );
    assert_eq!(
        inline("python", "def calculate_sum(a, b):\n    return ‸"),
        Some(("a + b".into(), 5))
    );
    assert_eq!(cursor_offset("log()"), 4);
    assert_eq!(cursor_offset("range("), 6);
    assert_eq!(cursor_offset("f(g())"), 4);
    assert_eq!(cursor_offset("a() + b"), 7);
    assert_eq!(cursor_offset("é()"), 2);
}

#[test]
fn brackets_and_quotes_close_in_the_right_order() {
    for (language, marked, expected) in [
        ("python", "print(f\"Hello, {name‸", "}\")"),
        ("python", "result = compute(values[0‸", "])"),
        ("javascript", "foo(bar[\"x‸", "\"])"),
        ("rust", "fn main() {\n    println!(\"hello‸", "\");"),
    ] {
        let code = format!("name = 1\n{marked}");
        let got = inline(language, &code).map(|(text, _)| text);
        assert_eq!(got.as_deref(), Some(expected), "{language} {marked:?}");
    }
}

/// `(language, code with ‸, first suggestion)` for the repetition rules, `None` where they must not speak.
const REPETITION: &[Case] = &[
    (
        "python",
        "import os\nimport sys\nimport re\n‸",
        Some("import "),
    ),
    (
        "python",
        "class A:\n    def f(self):\n        self.a = 1\n        self.b = 2\n        ‸",
        Some("self."),
    ),
    (
        "rust",
        "fn f() {\n    let a = 1;\n    let b = 2;\n    ‸",
        Some("let "),
    ),
    (
        "python",
        "x = codecs.charmap_decode(input, self.errors, table)\ny = codecs.charmap_decode(input, self.errors, table)\nz = codecs.charmap_decode(‸",
        Some("input, self.errors, table)"),
    ),
    ("python", "a = f(x, 1)\nb = f(x, 2)\nc = f(x, ‸", Some("2)")),
    // Two `return`s in a row would be dead code: nothing.
    (
        "python",
        "def f(a):\n    if a:\n        return 1\n        return 2\n        ‸",
        None,
    ),
    // Statements at another indentation say nothing about this one.
    ("python", "x = 1\nx = 2\nif x:\n    ‸", None),
];

#[test]
fn repeated_statements_and_argument_lists_are_offered_again() {
    for (language, marked, expected) in REPETITION {
        // Where nothing repeats, the popup may still list the file's habits, but nothing is shown inline.
        let first = match expected {
            Some(_) => first_suggestion(language, marked).map(|suggestion| suggestion.text),
            None => inline(language, marked).map(|(text, _)| text),
        };
        assert_eq!(first.as_deref(), *expected, "{language} {marked:?}");
    }
}

/// The file's own habits (`precedents`): `(language, code with ‸, what the popup lists first, what is shown inline)`.
/// The popup may rank a habit first without showing it inline; only habits several places agree on are shown.
const HABITS: &[(&str, &str, Option<&str>, Option<&str>)] = &[
    // A file's first statement below its comments; an arrow function's first statement (listed, not shown).
    (
        "javascript",
        "/**\n * Utility helpers for numbers.\n *\n * @module number\n */\n\n‸",
        Some("import "),
        None,
    ),
    (
        "python",
        "\"\"\"Helpers for dates.\"\"\"\n\n‸",
        Some("import "),
        None,
    ),
    (
        "javascript",
        "export const sum = (xs) => {\n  const total = xs.reduce((a, b) => a + b, 0)\n  return total\n}\n\nexport const mean = (xs) => {\n  ‸",
        Some("const "),
        None,
    ),
    // The statement that followed lines like the previous one, at the same change of indentation.
    (
        "python",
        "def a(x):\n    if x is None:\n        return None\n    return x\n\ndef b(y):\n    if y is None:\n        ‸",
        Some("return "),
        None,
    ),
    // What the file's returns give back, when several agree.
    (
        "c",
        "void *f(int x) {\n    if (x < 0)\n        return NULL;\n    if (x > 9)\n        return NULL;\n    if (x == 5)\n        return NULL;\n    if (x == 3)\n        return ‸",
        Some("NULL"),
        Some("NULL"),
    ),
    // The argument the earlier calls of the same function wrote at the same position (the habit `out` is subsumed
    // by the repetition rule's whole argument list, which says more).
    (
        "python",
        "def g(out, items):\n    write(out, items[0])\n    flush()\n    write(out, items[1])\n    flush()\n    write(‸",
        Some("out, items[1])"),
        None,
    ),
    (
        "python",
        "def g(out, items):\n    write(out, items[0])\n    flush(out)\n    write(items, out)\n    flush(‸",
        Some("out)"),
        None,
    ),
    // The member written after the same receiver earlier, then after a `(`, the locals just used.
    (
        "javascript",
        "function f(list, item) {\n  const found = list.indexOf(item);\n  if (found < 0) {\n    list.push(item);\n  }\n  return list.includes(‸",
        Some("item"),
        None,
    ),
    // Nothing runs after a `return` at the same indentation: no habit is offered there.
    (
        "python",
        "def f(a):\n    b = a + 1\n    return b\n    ‸",
        None,
        None,
    ),
    // The first statements of a file: the language's usual openers, listed only.
    ("rust", "‸", None, None),
    ("rust", "use std::fmt;\n\n‸", Some("use "), None),
];

#[test]
fn the_files_habits_rank_the_popup_and_only_agreed_ones_show_inline() {
    for (language, marked, first, shown) in HABITS {
        let listed = first_suggestion(language, marked).map(|suggestion| suggestion.text);
        assert_eq!(
            listed.as_deref(),
            *first,
            "first listed, {language} {marked:?}"
        );
        let inline = inline(language, marked).map(|(text, _)| text);
        assert_eq!(inline.as_deref(), *shown, "inline, {language} {marked:?}");
    }
}

/// All the suggestions for a marked code, texts only, best first.
fn listed(language: &str, marked: &str) -> Vec<String> {
    suggestions_for(language, marked)
        .into_iter()
        .map(|suggestion| suggestion.text)
        .collect()
}

/// Names and members a popup must show among its first three: `(language, code with ‸, expected among the first
/// three, what is shown inline)`.
const POPUP: &[(&str, &str, &str, Option<&str>)] = &[
    // A test's usual first lines, listed first but not shown inline: the standard library's tests use a dozen
    // assertions, and crates' test modules import what they test by name as often as with `*`.
    (
        "python",
        "import unittest\n\nclass TestMath(unittest.TestCase):\n    def test_add(self):\n        self.‸",
        "assertEqual()",
        None,
    ),
    (
        "rust",
        "#[cfg(test)]\nmod tests {\n    ‸",
        "use super::*;",
        None,
    ),
    // A struct known by its typedef lists its fields, and a C type whose name holds `map` is no C++ map.
    (
        "c",
        "typedef struct {\n    size_t nbits;\n    size_t ngroups;\n} bitmap_info_t;\n\nvoid bitmap_init(bitmap_info_t *binfo) {\n    binfo->‸",
        "ngroups",
        None,
    ),
    (
        "c",
        "typedef struct list_node {\n    int value;\n    struct list_node *next;\n} node_t;\n\nint first(node_t *head) {\n    return head->‸",
        "value",
        None,
    ),
    // A header file's name is not a name the code can use: `strlen`, not `string` from `string.h`.
    ("c", "#include <string.h>\nsize_t n = str‸", "len(", None),
    // An include's extension is the one the file's other includes use, then the include's own closer.
    ("c", "#include <math.‸", "h>", Some("h>")),
    ("c", "#include <stdint.h‸", ">", Some(">")),
    (
        "cpp",
        "#include <a.hpp>\n#include <b.hpp>\n#include <widget.‸",
        "hpp>",
        Some("hpp>"),
    ),
    // Where a name is being defined, the code's names are listed (a method of another class, `impl X for Y`),
    // never shown inline.
    ("python", "total = 1\ndef tot‸", "al", None),
    (
        "rust",
        "struct Error;\nimpl fmt::Debug for Error {}\nimpl fmt::Display for E‸",
        "rror",
        None,
    ),
    // Names inside a Rust attribute: the attributes, the lints of `allow(`, the predicates of `cfg(`.
    ("rust", "#[de‸", "rive(", Some("rive(")),
    ("rust", "#![allow(un‸", "used_imports", None),
    ("rust", "#[cfg(te‸", "st)]", Some("st)]")),
    // Python's special methods and module names; a table's more used word first on equal evidence.
    (
        "python",
        "class A:\n    def __i‸",
        "nit__(self",
        Some("nit__(self"),
    ),
    ("python", "import os\n\n_‸", "_all__ = ", None),
    ("python", "def f(x):\n    if i‸", "sinstance(", None),
    ("python", "import w‸", "arnings", Some("arnings")),
    // A C declaration's new name follows its type: the names are listed, not shown inline.
    (
        "c",
        "int count = 0;\nvoid f(void) {\n\tcount++;\n\tsize_t co‸",
        "unt",
        None,
    ),
    ("rust", "pub(cr‸", "ate)", Some("ate)")),
    // `self::` names the modules the file declares, the ones not brought in yet first.
    (
        "rust",
        "mod common;\nmod recorder;\n\npub use self::common::Config;\npub use self::‸",
        "recorder",
        None,
    ),
    // One package clause per file: once written, `p` is not `package` again.
    (
        "java",
        "package java.io;\n\nimport java.util.List;\n\np‸",
        "ublic ",
        None,
    ),
    // In `__init__`, after a line that stored no parameter, the next parameter is only listed.
    (
        "python",
        "class A:\n    def __init__(self, size):\n        self.items = []\n        self.‸",
        "size = size",
        None,
    ),
    // A value is often given the name of the member it reads.
    (
        "python",
        "class A:\n    def f(self):\n        self.count = 0\n        self.options = {}\n        self.name = ''\n        self.total = 1\n        options = self.‸",
        "options",
        None,
    ),
    (
        "javascript",
        "export const imul = Math.imul\nexport const sqrt = Math.‸",
        "sqrt",
        None,
    ),
    // A class is often named after the base it extends: a class of the module's table, so shown with its header's
    // end (on the corpus, 8 such bases right for none wrong).
    (
        "python",
        "import codecs\nclass Codec(codecs.Codec):\n    pass\nclass StreamWriter(Codec, codecs.‸",
        "StreamWriter):",
        Some("StreamWriter):"),
    ),
    // A Go type is named, not called, even where the code called it before.
    (
        "go",
        "package p\n\nimport \"unsafe\"\n\nfunc f(b []byte) uintptr {\n\treturn uintptr(unsafe.Pointer(&b[0]))\n}\n\nfunc g(addr unsafe.‸",
        "Pointer",
        Some("Pointer"),
    ),
    // A constructor stores its parameters in order.
    (
        "javascript",
        "class Item {\n  constructor (key, value) {\n    this.key = key\n    this.‸",
        "value = value",
        Some("value = value"),
    ),
    (
        "java",
        "class Box {\n    public Box(int width, int height) {\n        this.‸",
        "width = width;",
        Some("width = width;"),
    ),
    // `this.` and `this->` list what the enclosing class defines before the cursor, even if never used yet through
    // the object: its methods, its declared fields and the fields its methods assign; not a nested type.
    (
        "javascript",
        "class Queue {\n  drain() {\n    return 0\n  }\n  push(item) {\n    this.‸",
        "drain()",
        None,
    ),
    (
        "typescript",
        "class Cache {\n  private entries: Map<string, number>;\n  get(key: string) {\n    return this.‸",
        "entries",
        None,
    ),
    (
        "java",
        "class Counter {\n    private int count;\n    void reset() throws IllegalStateException {\n        count = 0;\n    }\n    void add() {\n        if (this.‸",
        "count",
        None,
    ),
    (
        "java",
        "class Counter {\n    private int count;\n    void reset() throws IllegalStateException {\n        count = 0;\n    }\n    void add() {\n        this.‸",
        "reset()",
        None,
    ),
    (
        "cpp",
        "class Buffer {\n  typedef char char_type;\n  int size() const { return 0; }\n  void grow() {\n    this->‸",
        "size()",
        None,
    ),
    // A local made from a class the file defines is offered that class's members.
    (
        "python",
        "class Parser:\n    def __init__(self):\n        self.tokens = []\n\n    def feed(self, text):\n        pass\n\n\nparser = Parser()\nparser.‸",
        "feed()",
        None,
    ),
    (
        "javascript",
        "class Timer {\n  start() {\n    this.begun = Date.now()\n  }\n}\n\nconst timer = new Timer()\ntimer.‸",
        "start()",
        None,
    ),
    (
        "java",
        "class Main {\n    static class Node {\n        int value;\n        Node next;\n    }\n\n    int sum(Node head) {\n        Node node = head;\n        return node.‸",
        "value",
        None,
    ),
    // Go's method receiver is offered its type's fields and other methods.
    (
        "go",
        "package p\n\ntype stack struct {\n\titems []int\n\tsize  int\n}\n\nfunc (s *stack) Len() int {\n\treturn 0\n}\n\nfunc (s *stack) Push(x int) {\n\ts.‸",
        "items",
        None,
    ),
    (
        "go",
        "package p\n\ntype stack struct {\n\titems []int\n}\n\nfunc (s *stack) Len() int {\n\treturn 0\n}\n\nfunc (s *stack) Push(x int) {\n\ts.items = append(s.items, x)\n\tif s.‸",
        "Len()",
        Some("items"),
    ),
    // Rust's `self.` inside an `impl` is offered the type's named fields and its other methods.
    (
        "rust",
        "pub struct Key<B> {\n    pub n: B,\n    pub e: B,\n}\n\nimpl<B> core::fmt::Debug for Key<B>\nwhere\n    B: Debug,\n{\n    fn fmt(&self, f: &mut Formatter) -> Result {\n        f.field(\"n\", &self.n)\n            .field(\"e\", &self.‸",
        "e",
        None,
    ),
    (
        "rust",
        "struct Reader {\n    pos: usize,\n}\n\nimpl Reader {\n    fn peek(&self) -> u8 {\n        0\n    }\n\n    fn next(&mut self) -> u8 {\n        let byte = self.‸",
        "peek()",
        None,
    ),
    // At a module's top level, an unseen namesake is an alias being exported: listed first, not shown.
    (
        "javascript",
        "import * as impl from './impl.js'\n\nexport const reset = impl.‸",
        "reset",
        None,
    ),
    (
        "python",
        "from . import _tzpath\n\nreset_tzpath = _tzpath.‸",
        "reset_tzpath",
        None,
    ),
    // A TypeScript parameter is often named after its type.
    (
        "typescript",
        "import * as decoding from 'lib0/decoding'\n\nexport function read(decoder: decoding.‸",
        "Decoder",
        None,
    ),
    // Never written before: the receiving name is still the likeliest member, listed only.
    (
        "python",
        "def f(args):\n    name = args.name\n    path = args.path\n    verbose = args.‸",
        "verbose",
        None,
    ),
    // The standard library's modules and packages that code uses without naming them often (issue 17's corpus:
    // Go's `unsafe.Pointer` in a signature, `runtime.GOOS`, `core::` in `no_std` crates, Python's `enum.Enum`).
    (
        "go",
        "func connect(fd int32, addr unsafe.‸",
        "Pointer",
        Some("Pointer"),
    ),
    // A type position names a type, the package's functions below it.
    (
        "go",
        "import \"math/big\"\n\nfunc inverse(k *big.‸",
        "Int",
        Some("Int"),
    ),
    (
        "go",
        "import \"math/big\"\n\nfunc f() {\n\tn := big.‸",
        "NewInt()",
        None,
    ),
    // A function given to a `...Func` is named, not called.
    (
        "go",
        "func trim(s string) string {\n\treturn strings.TrimLeftFunc(s, unicode.‸",
        "IsSpace",
        None,
    ),
    ("go", "func main() {\n\tif runtime.‸", "GOOS", None),
    // `exec` is an everyday variable name too: its table applies once `os/exec` is imported, and a variable named
    // for its type is not given the type (`cmd := exec.Cmd`).
    (
        "go",
        "import \"os/exec\"\n\nfunc main() {\n\tcmd := exec.‸",
        "Command()",
        None,
    ),
    (
        "go",
        "func f() {\n\t_, _, errno := syscall.‸",
        "Syscall6()",
        None,
    ),
    (
        "go",
        "func f() {\n\tn := atomic.Ad‸",
        "dInt64()",
        Some("dInt64()"),
    ),
    (
        "go",
        "func f(b []byte) uint32 {\n\treturn binary.‸",
        "BigEndian",
        None,
    ),
    ("rust", "use core::‸", "mem", None),
    (
        "rust",
        "fn f() {\n    let n = core::mem::‸",
        "replace()",
        None,
    ),
    ("rust", "use alloc::‸", "vec::", None),
    (
        "python",
        "import enum\n\nclass Color(enum.‸",
        "Enum):",
        Some("Enum):"),
    ),
    (
        "python",
        "import heapq\n\nheap = []\nheapq.‸",
        "heappush()",
        Some("heappush()"),
    ),
    (
        "python",
        "import hashlib\n\ndigest = hashlib.‸",
        "sha256()",
        Some("sha256()"),
    ),
    (
        "python",
        "import traceback\ntry:\n    run()\nexcept Exception:\n    traceback.‸",
        "print_exc()",
        Some("print_exc()"),
    ),
    (
        "python",
        "import queue\n\nq = queue.‸",
        "Queue()",
        Some("Queue()"),
    ),
    (
        "python",
        "import copy\n\nb = copy.‸",
        "deepcopy()",
        Some("deepcopy()"),
    ),
    // Imports are kept sorted: the next one sorts after the one above through the same path (a type is imported
    // once, a module or a static import's class again).
    (
        "java",
        "import java.util.Map;\nimport java.util.Objects;\nimport java.util.‸",
        "Set",
        None,
    ),
    ("java", "import java.io.File;\nimport java.‸", "io", None),
    (
        "java",
        "import static java.time.temporal.ChronoField.DAY_OF_WEEK;\nimport static java.time.temporal.‸",
        "ChronoField",
        None,
    ),
    (
        "rust",
        "use std::collections::HashMap;\nuse std::collections::‸",
        "HashSet",
        None,
    ),
    // A class body's first member is its constructor, listed.
    (
        "typescript",
        "export class Item {\n    ‸",
        "constructor(",
        None,
    ),
    ("javascript", "class Stack {\n  ‸", "constructor(", None),
    // A Java header's next parameter is a type: those the file's headers take, then the usual ones.
    (
        "java",
        "class Grid {\n    Cell at(long row, long column) {\n        return null;\n    }\n    void clear(‸",
        "long",
        None,
    ),
    ("java", "interface Shape {\n    void scale(‸", "int", None),
    (
        "java",
        "class Store {\n    public void put(String key, ‸",
        "String",
        None,
    ),
    // A list of elements is walked or counted, not used as an element.
    (
        "javascript",
        "const buttons = document.querySelectorAll('.btn');\nbuttons.‸",
        "forEach()",
        None,
    ),
    (
        "javascript",
        "document.querySelectorAll('li').‸",
        "forEach()",
        None,
    ),
    // A keyword argument's value is mostly one of the module's constants, and not its most used function inline.
    (
        "python",
        "import subprocess\nsubprocess.run(cmd, stdout=subprocess.‸",
        "PIPE",
        None,
    ),
    ("typescript", "class Bag {\n  [Symbol.‸", "iterator", None),
    ("javascript", "const buf = Buffer.‸", "from()", None),
    ("javascript", "const start = performance.‸", "now()", None),
    (
        "javascript",
        "const format = new Intl.‸",
        "NumberFormat()",
        None,
    ),
];

#[test]
fn a_header_files_name_is_not_offered_as_a_name() {
    let in_c = listed("c", "#include <string.h>\nsize_t n = str‸");
    assert!(!in_c.contains(&"ing".to_owned()), "{in_c:?}");
    // C++'s headers do name what the code uses.
    let in_cpp = listed("cpp", "#include <vector>\nstd::vec‸");
    assert!(
        in_cpp.iter().any(|text| text.starts_with("tor")),
        "{in_cpp:?}"
    );
}

#[test]
fn the_popup_lists_the_likely_name_or_member_among_its_first_three() {
    let mut failures = Vec::new();
    for (language, marked, expected, shown) in POPUP {
        let listed = listed(language, marked);
        if !listed.iter().take(3).any(|text| text == expected) {
            failures.push(format!(
                "[{language}] {marked:?}: {expected:?} not in the first three of {listed:?}"
            ));
        }
        let inline = inline(language, marked).map(|(text, _)| text);
        if inline.as_deref() != *shown {
            failures.push(format!(
                "[{language}] {marked:?}: inline {inline:?}, expected {shown:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn multi_byte_text_right_before_a_type_or_a_receiver_is_stepped_over_whole() {
    // Each context reads the word before the prefix or the receiver; an arrow or a quote of 3 bytes right before it
    // must not be cut in the middle.
    for (language, marked) in [
        ("c", "int count;\n→size_t co‸"),
        ("c", "int count;\n“const size_t co‸"),
        ("go", "package p\n\nfunc f(→unsafe.‸"),
        ("go", "package p\n\nvar x →unsafe.‸"),
        ("python", "class A:\n    def f(self):\n        →= self.‸"),
        ("python", "class A:\n    def f(self):\n        x→ = self.‸"),
        ("rust", "#[→de‸"),
        ("rust", "#[allow(→un‸"),
        (
            "javascript",
            "class A {\n  constructor (é, b) {\n    this.‸",
        ),
    ] {
        let _ = listed(language, marked);
    }
}

/// Pieces a random text is made of: the constructs the rules look for, half-typed, with multi-byte characters
/// and unbalanced brackets and quotes around them.
const PIECES: &[&str] = &[
    "#[",
    "#![",
    "derive(",
    "pub(",
    "cfg(",
    "self.",
    "this.",
    "super::",
    "crate::",
    "::",
    "->",
    ".",
    ",",
    "?.",
    "é",
    "🦀",
    "✓",
    "ß",
    "\"",
    "'",
    "`",
    "${",
    "f\"",
    "def __",
    "def ",
    "import ",
    "from ",
    "#include <",
    "fn ",
    "func ",
    "return ",
    "if err != nil {",
    "class ",
    "constructor(",
    "__init__(self, a",
    ": ",
    "decoding.",
    "\n",
    "\t",
    "    ",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "<",
    ">",
    "= ",
    "x",
    "ab",
    "Abc",
    "_",
    "0",
    "1.5",
    "//",
    "/*",
    "*/",
    "#",
    "--",
    "static ",
    "int ",
    "size_t ",
    "let ",
    "const ",
    "var ",
    "new ",
    "package ",
    "for ",
    " in ",
];

/// Texts made of random pieces, completed at random cursors in every language: whatever a client sends, the
/// engine answers without panicking, and only with well-formed suggestions.
#[test]
fn random_texts_at_random_cursors_never_break_the_engine() {
    let languages = [
        "python",
        "javascript",
        "typescript",
        "rust",
        "go",
        "java",
        "c",
        "cpp",
        "plaintext",
    ];
    let mut seed: u64 = 0x5eed_ac00_0000_0001;
    let mut next = |bound: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        usize::try_from(seed % bound as u64).expect("small")
    };
    for case in 0..20_000 {
        let pieces = 1 + next(40);
        let code: String = (0..pieces).map(|_| PIECES[next(PIECES.len())]).collect();
        let length = code.chars().count();
        let language = languages[case % languages.len()];
        for cursor in [next(length + 1), length, 0] {
            let request = CompletionRequest {
                code: &code,
                cursor,
                language,
            };
            let suggestions = suggest(&request).expect("the cursor is in range");
            assert_well_formed(&suggestions, &|| format!("{language} {code:?} at {cursor}"));
        }
    }
}

#[test]
fn a_typescript_enums_members_are_listed_in_their_order() {
    let texts = |marked: &str| -> Vec<String> {
        suggestions_for("typescript", marked)
            .into_iter()
            .map(|suggestion| suggestion.text)
            .collect()
    };
    let listed =
        texts("enum Direction {\n  Up,\n  Down = 2,\n  Left,\n}\nconst d: Direction = Direction.‸");
    assert_eq!(
        listed.get(..3),
        Some(&["Up", "Down", "Left"].map(String::from)[..])
    );
    // Nothing typed: a guess among the members, listed but not shown inline.
    assert_eq!(
        inline("typescript", "enum Color { Red, Green }\nconst c = Color.‸"),
        None
    );
    assert_eq!(
        inline(
            "typescript",
            "enum Color { Red, Green }\nconst c = Color.G‸"
        )
        .map(|(text, _)| text),
        Some("reen".to_owned())
    );
}

/// An editor closes brackets and quotes by itself (`print(|)`): the rules answer as on a line being typed, and
/// what they propose is cut so that the closers already there close it, never left unbalanced.
#[test]
fn an_editors_auto_paired_closers_are_answered_like_a_line_being_typed() {
    let cases = [
        (
            "python",
            "name = \"Ada\"\nprint(f\"Hello, {‸}\")",
            Some("name"),
        ),
        (
            "python",
            "scores = {\"a\": 1}\nbest = max(scores, key=‸)",
            Some("scores.get"),
        ),
        (
            "python",
            "d = {\"a\": 1}\nfor key in d:\n    print(key, ‸)",
            Some("d[key]"),
        ),
        (
            "javascript",
            "const numbers = [1, 2];\nconst max = Math.max(‸)",
            Some("...numbers"),
        ),
        (
            "javascript",
            "const roll = Math.floor(Math.‸)",
            Some("random()"),
        ),
        (
            "javascript",
            "setTimeout(() => {\n  go();\n}, ‸)",
            Some("1000"),
        ),
        ("rust", "fn main() {\n    println!(‸)\n}", Some("\"{}\", ")),
        ("rust", "#[derive(‸)]\nstruct P;", Some("Debug")),
        (
            "c",
            "int main() {\n    int n;\n    scanf(\"%d\", ‸)",
            Some("&n"),
        ),
        (
            "cpp",
            "#include <vector>\nint main() {\n    std::vector<int> v;\n    std::sort(‸)",
            Some("v.begin(), v.end()"),
        ),
        ("python", "print(\"hello‸\")", None),
        // A `;` the statement already ends with stays where it is.
        (
            "javascript",
            "const numbers = [1, 2];\nconst max = Math.max(‸);",
            Some("...numbers"),
        ),
    ];
    for (language, marked, expected) in cases {
        let got = inline(language, marked);
        assert_eq!(
            got.as_ref().map(|(text, _)| text.as_str()),
            expected,
            "{language} {marked:?}"
        );
        // The closers already there close what was open: the inserted text opens nothing it does not close.
        if let Some((text, _)) = got {
            let opened = text.matches(['(', '[', '{']).count();
            let closed = text.matches([')', ']', '}']).count();
            assert_eq!(opened, closed, "{language}: {text:?} is unbalanced");
        }
    }
}
