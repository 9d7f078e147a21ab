//! What a web service written with the usual frameworks leaves to write, in Java (Spring Boot) and TypeScript
//! (NestJS, TypeORM, Prisma, zod, typed Express): an annotation's or a decorator's name (`@GetMa` ->
//! `pping`, `@Injec` -> `table()`), the class literal Spring and SLF4J take (`SpringApplication.run(` ->
//! `DemoApplication.class, args);`, `UserNotFoundException.cl` -> `ass`), a `ResponseEntity` builder's last call
//! (`ResponseEntity.notFound().` -> `build()`), a parameter named for what it holds (`@Query('page') pa` ->
//! `ge`, `@RequestBody User us` -> `er`, `usersService: UsersSer` -> `vice`).
//!
//! The member tables of these frameworks' objects (a Spring Data repository, a Prisma model, a zod schema) are
//! here too, for the language modules' member hints to apply.

use super::Suggestion;
use super::cursor::{Context, MemberAccess};
use super::language::Language;
use super::lexer::{Token, TokenKind, is_identifier_char, is_plain_name};

/// Runs every rule of this module.
pub(super) fn complete(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if !matches!(
        context.profile.language,
        Language::Java | Language::TypeScript
    ) {
        return;
    }
    annotation_name(context, out);
    class_literal(context, out);
    own_class_literal(context, out);
    response_entity_build(context, out);
    parameter_named_by_decorator(context, out);
    parameter_named_for_type(context, out);
}

/// Inside a Spring mapping's path, a variable begun (`@PutMapping("/{` -> `id}")`): the one the other mappings
/// of the file name, when they name one only.
pub(super) fn in_literal(context: &Context<'_>, literal: &Token, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Java || !context.prefix.is_empty() {
        return;
    }
    let Some(typed) = context.typed_in_literal(literal) else {
        return;
    };
    let before = context
        .code
        .get(context.line_start(literal.start)..literal.start)
        .unwrap_or("");
    if !typed.ends_with('{')
        || !before.trim_start().starts_with('@')
        || !before.ends_with("Mapping(")
    {
        return;
    }
    let mut named: Option<&str> = None;
    for line in context.code_lines_above().take(300) {
        if !line.starts_with('@') || !line.contains("Mapping(") {
            continue;
        }
        for piece in line.split('{').skip(1) {
            let Some((name, _)) = piece.split_once('}') else {
                continue;
            };
            if !is_plain_name(name) || named.is_some_and(|seen| seen != name) {
                return;
            }
            named = Some(name);
        }
    }
    let Some(name) = named else {
        return;
    };
    // The editor's closers after the cursor are left out of it when it is shown.
    if matches!(context.line_after.trim_end(), "" | "\")" | "}\")") {
        out.push(Suggestion::construct(format!("{name}}}\")"), 0.88));
    }
}

/// Spring's, JPA's, Bean Validation's and Lombok's annotations, the most written first.
const JAVA_ANNOTATIONS: &[&str] = &[
    "Override",
    "Autowired",
    "GetMapping",
    "PostMapping",
    "PutMapping",
    "DeleteMapping",
    "PatchMapping",
    "RequestMapping",
    "RestController",
    "Service",
    "Repository",
    "Component",
    "Configuration",
    "Bean",
    "RequestBody",
    "PathVariable",
    "RequestParam",
    "Entity",
    "Table",
    "Id",
    "GeneratedValue",
    "Column",
    "OneToMany",
    "ManyToOne",
    "ManyToMany",
    "OneToOne",
    "JoinColumn",
    "Transactional",
    "Valid",
    "NotNull",
    "NotBlank",
    "NotEmpty",
    "Email",
    "Size",
    "Min",
    "Max",
    "SpringBootApplication",
    "ExceptionHandler",
    "RestControllerAdvice",
    "ControllerAdvice",
    "ResponseStatus",
    "Value",
    "Test",
    "BeforeEach",
    "AfterEach",
    "DisplayName",
    "SpringBootTest",
    "Mock",
    "MockBean",
    "InjectMocks",
    "ParameterizedTest",
    "ValueSource()",
    "CsvSource()",
    "MethodSource()",
    "ExtendWith()",
    "BeforeAll",
    "AfterAll",
    "Disabled",
    "Nested",
    "Data",
    "Getter",
    "Setter",
    "Builder",
    "AllArgsConstructor",
    "NoArgsConstructor",
    "RequiredArgsConstructor",
    "Slf4j",
    "Deprecated",
    "SuppressWarnings",
    "FunctionalInterface",
];

/// The annotations a Java method's parameter takes, the most written first.
const JAVA_PARAMETER_ANNOTATIONS: &[&str] = &[
    "RequestBody",
    "PathVariable",
    "RequestParam",
    "RequestHeader",
    "Valid",
    "NotNull",
    "NotBlank",
    "ModelAttribute",
    "AuthenticationPrincipal",
    "Param",
];

/// The decorators a NestJS handler's parameter takes.
const TYPESCRIPT_PARAMETER_DECORATORS: &[&str] = &[
    "Body()",
    "Param()",
    "Query()",
    "Headers()",
    "Req()",
    "Res()",
];

/// NestJS's, TypeORM's and class-validator's decorators, the most written first.
const TYPESCRIPT_DECORATORS: &[&str] = &[
    "Injectable()",
    "Controller()",
    "Get()",
    "Post()",
    "Put()",
    "Delete()",
    "Patch()",
    "Body()",
    "Param()",
    "Query()",
    "Module()",
    "Entity()",
    "Column()",
    "PrimaryGeneratedColumn()",
    "CreateDateColumn()",
    "UpdateDateColumn()",
    "OneToMany()",
    "ManyToOne()",
    "ManyToMany()",
    "JoinColumn()",
    "InjectRepository()",
    "UseGuards()",
    "HttpCode()",
    "IsString()",
    "IsEmail()",
    "IsNotEmpty()",
    "IsInt()",
    "IsNumber()",
    "IsOptional()",
    "IsBoolean()",
    "MinLength()",
    "MaxLength()",
    "ApiProperty()",
];

/// `@GetMa` -> `pping`, `@Injec` -> `table()`: the one framework annotation (or decorator) the letters begin.
/// Where several do, the most written is only listed: `@Get` may be `GetMapping` or the file's own.
fn annotation_name(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.prefix.is_empty() || !context.before_prefix().ends_with('@') {
        return;
    }
    // Inside a parameter list (`update(@PathVariable Long id, @Req`) only a parameter's annotations fit.
    let line = context.before_prefix();
    let in_parameters = line.matches('(').count() > line.matches(')').count();
    let table = match (context.profile.language == Language::Java, in_parameters) {
        (true, false) => JAVA_ANNOTATIONS,
        (true, true) => JAVA_PARAMETER_ANNOTATIONS,
        (false, false) => TYPESCRIPT_DECORATORS,
        (false, true) => TYPESCRIPT_PARAMETER_DECORATORS,
    };
    let name_of = |entry: &&'static str| -> &'static str { entry.trim_end_matches("()") };
    let mut begun = table
        .iter()
        .filter(|entry| name_of(entry).starts_with(context.prefix));
    let Some(first) = begun.next() else {
        return;
    };
    if name_of(first) == context.prefix {
        return;
    }
    // Several begun: the tables' favourites (`Injectable` before `InjectRepository`) once four letters are typed.
    // Longer spellings of the first (`MockBean` after `Mock`) leave it the one the letters name.
    let mut others = begun.filter(|other| !name_of(other).starts_with(name_of(first)));
    let confidence = match (others.next(), context.prefix.len()) {
        (None, _) => 0.88,
        (Some(_), 4..) => 0.78,
        (Some(_), _) => 0.6,
    };
    // One the file imports or used already is the one meant, with its decorator's call.
    let used = context
        .scan
        .names
        .iter()
        .any(|stats| stats.name == name_of(first));
    let confidence = if used { 0.88 } else { confidence };
    if let Some(rest) = first.strip_prefix(context.prefix) {
        out.push(Suggestion::of_kind(rest, confidence, "keyword"));
    }
}

/// `UserNotFoundException.cl` -> `ass`: after a class's name, `cl` begins its class literal (an exception
/// handler's, a logger's, a test's), no static member being named so in the libraries.
fn class_literal(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if context.profile.language != Language::Java
        || context.prefix.len() < 2
        || !is_plain_name(access.receiver)
        || !access
            .receiver
            .starts_with(|c: char| c.is_ascii_uppercase())
        || access.receiver.chars().all(|c| !c.is_ascii_lowercase())
    {
        return;
    }
    if let Some(rest) = "class".strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::member(rest, 0.9));
    }
}

/// The name of the last class the window declares before the cursor (the one whose body holds it, in a file of
/// one class).
fn enclosing_class_name<'a>(context: &Context<'a>) -> Option<&'a str> {
    let tokens = context.tokens_before();
    let at = tokens
        .iter()
        .rposition(|token| token.is_word(context.code, "class"))?;
    tokens
        .get(at + 1)
        .filter(|token| token.kind == TokenKind::Identifier)
        .map(|token| context.text(token))
}

/// `SpringApplication.run(` -> `DemoApplication.class, args);`, `LoggerFactory.getLogger(` ->
/// `UserService.class);`: both take the class they are written in.
fn own_class_literal(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::Java {
        return;
    }
    let before = context.before_prefix().trim_end();
    let arguments = if before.ends_with("SpringApplication.run(") {
        ", args"
    } else if before.ends_with("LoggerFactory.getLogger(") {
        ""
    } else {
        return;
    };
    let Some(class) = enclosing_class_name(context) else {
        return;
    };
    let Some(ending) = super::closers::after_value(context) else {
        return;
    };
    if let Some(rest) = class.strip_prefix(context.prefix) {
        out.push(Suggestion::construct(
            format!("{rest}.class{arguments}{ending}"),
            0.9,
        ));
    }
}

/// `ResponseEntity.notFound().` -> `build()`, `ResponseEntity.status(HttpStatus.CREATED).` -> `body()`: a
/// status without a body is built, one that takes a body is given it.
fn response_entity_build(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    let Some(access) = context.dot_member() else {
        return;
    };
    if context.profile.language != Language::Java || !context.at_line_end() {
        return;
    }
    let Some(call) = access
        .receiver
        .rsplit("ResponseEntity.")
        .next()
        .filter(|_| access.receiver.contains("ResponseEntity."))
        .filter(|call| call.ends_with(')') && !call.contains(")."))
    else {
        return;
    };
    let method = call.split('(').next().unwrap_or("");
    let member = match method {
        "notFound" | "noContent" => "build()",
        "badRequest" | "status" | "ok" | "created" | "accepted" | "internalServerError"
            if call.ends_with("()") || method != "ok" =>
        {
            "body()"
        }
        _ => return,
    };
    let Some(rest) = member.strip_prefix(context.prefix) else {
        return;
    };
    // A body is the value still to write; a build ends the expression.
    let ending = if member == "build()" {
        super::closers::after_value(context).unwrap_or_default()
    } else {
        String::new()
    };
    out.push(Suggestion::member(format!("{rest}{ending}"), 0.9));
}

/// `@Query('page') pa` -> `ge`, `@Param('id') i` -> `d`: a NestJS parameter is named for the key its decorator
/// reads.
fn parameter_named_by_decorator(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.profile.language != Language::TypeScript || context.prefix.is_empty() {
        return;
    }
    let before = context.before_prefix();
    let Some(decorated) = before.strip_suffix(") ") else {
        return;
    };
    let Some((decorator, key)) = decorated.rsplit_once('(') else {
        return;
    };
    let key = key.trim_matches(['\'', '"']);
    let decorator_start = super::lexer::trailing_identifier_start(decorator);
    let (head, decorator) = decorator.split_at(decorator_start);
    if !matches!(decorator, "Param" | "Query" | "Body" | "Headers")
        || !head.ends_with('@')
        || !is_plain_name(key)
    {
        return;
    }
    if let Some(rest) = key.strip_prefix(context.prefix)
        && !rest.is_empty()
    {
        out.push(Suggestion::construct(rest, 0.88));
    }
}

/// `usersService: UsersSer` -> `vice` (TypeScript) and `@RequestBody User us` -> `er`, `CreateUserRequest
/// requ` -> `est`, `findByEmail(String em` -> `ail` (Java): an injected dependency's type is its name
/// capitalized, a parameter is named for its type (or its type's last word, or the field the method finds by).
fn parameter_named_for_type(context: &Context<'_>, out: &mut Vec<Suggestion>) {
    if context.prefix.is_empty() || context.member.is_some() {
        return;
    }
    let before = context.before_prefix();
    if context.profile.language == Language::TypeScript {
        let Some(name) = before.strip_suffix(": ") else {
            return;
        };
        let name = &name[super::lexer::trailing_identifier_start(name)..];
        let mut characters = name.chars();
        let Some(first) = characters.next() else {
            return;
        };
        let type_name: String = first.to_uppercase().chain(characters).collect();
        // Only a dependency's: a service, a repository, a client, whose type is a class of the code's.
        let injected = ["Service", "Repository", "Client", "Gateway", "Provider"]
            .iter()
            .any(|kind| type_name.ends_with(kind));
        if injected
            && context.prefix.len() >= 2
            && let Some(rest) = type_name.strip_prefix(context.prefix)
            && !rest.is_empty()
        {
            out.push(Suggestion::construct(rest.to_owned(), 0.86));
        }
        return;
    }
    // Java: `(Type pre` or `, @RequestBody Type pre`, inside a method's parameter list. One letter may be all
    // the name there is (`User u`).
    let Some(head) = before
        .strip_suffix(' ')
        .filter(|_| context.prefix.len() >= 2)
    else {
        return;
    };
    let type_start = super::lexer::trailing_identifier_start(head);
    let type_name = &head[type_start..];
    let lead = head[..type_start].trim_end();
    let after_annotation = lead.rsplit_once('@').is_some_and(|(start, annotation)| {
        is_plain_name(annotation) && start.trim_end().ends_with(['(', ','])
    });
    if !(lead.ends_with(['(', ',']) || after_annotation)
        || !type_name.starts_with(|c: char| c.is_ascii_uppercase())
        || !lead.contains('(')
    {
        return;
    }
    // `User` -> `user`, `CRLSelector` -> `crlSelector`, `URL` -> `url`: a leading acronym is lowered whole.
    let lower_first = |text: &str| {
        let capitals = text.chars().take_while(char::is_ascii_uppercase).count();
        let lowered = match capitals {
            0 => 0,
            _ if capitals == text.len() => capitals,
            1 => 1,
            _ => capitals - 1,
        };
        text.get(..lowered)
            .map(str::to_ascii_lowercase)
            .unwrap_or_default()
            + text.get(lowered..).unwrap_or("")
    };
    let last_word_start = type_name
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_ascii_uppercase())
        .map_or(0, |(at, _)| at);
    let mut candidates = vec![
        lower_first(type_name),
        lower_first(&type_name[last_word_start..]),
    ];
    // A constructor's parameter takes the name of the field it fills (`private final UserRepository repo;`).
    let field = format!("{type_name} ");
    let window_start = context
        .tokens_before()
        .first()
        .map_or(0, |token| token.start);
    if let Some(name) = context
        .code
        .get(window_start..context.cursor)
        .into_iter()
        .flat_map(str::lines)
        .filter_map(|line| line.trim().strip_suffix(';'))
        .filter_map(|line| line.rsplit_once(&field).map(|(_, name)| name))
        .find(|name| is_plain_name(name))
    {
        candidates.insert(0, name.to_owned());
    }
    // `findByEmail(String em`: a finder's parameter is the field it finds by.
    if let Some(field) = lead
        .rsplit_once('(')
        .map(|(method, _)| &method[super::lexer::trailing_identifier_start(method)..])
        .and_then(|method| method.split_once("By"))
        .map(|(_, field)| field)
        .filter(|field| !field.is_empty() && field.chars().all(is_identifier_char))
    {
        candidates.insert(0, lower_first(field));
    }
    if let Some(rest) = candidates
        .iter()
        .find_map(|candidate| candidate.strip_prefix(context.prefix))
        .filter(|rest| !rest.is_empty())
    {
        out.push(Suggestion::construct(rest.to_owned(), 0.86));
    }
}

/// A Spring Data repository's methods (`userRepository.`), the most called first.
pub(super) const SPRING_REPOSITORY_METHODS: &[&str] = &[
    "findById()",
    "findAll()",
    "save()",
    "deleteById()",
    "existsById()",
    "delete()",
    "count()",
    "saveAll()",
    "findAllById()",
    "deleteAll()",
];

/// A TypeORM repository's methods (`this.usersRepository.`), the most called first.
pub(super) const TYPEORM_REPOSITORY_METHODS: &[&str] = &[
    "find()",
    "findOne()",
    "findOneBy()",
    "save()",
    "create()",
    "delete()",
    "findBy()",
    "update()",
    "remove()",
    "count()",
    "exist()",
    "createQueryBuilder()",
];

/// A Prisma model's methods (`prisma.user.`), the most called first.
pub(super) const PRISMA_MODEL_METHODS: &[&str] = &[
    "findMany()",
    "findUnique()",
    "create()",
    "update()",
    "delete()",
    "findFirst()",
    "upsert()",
    "count()",
    "deleteMany()",
    "updateMany()",
    "createMany()",
    "findUniqueOrThrow()",
    "findFirstOrThrow()",
    "aggregate()",
    "groupBy()",
];

/// The builders of zod's schemas (`z.`), the most used first.
pub(super) const ZOD_BUILDERS: &[&str] = &[
    "object()",
    "string()",
    "number()",
    "boolean()",
    "array()",
    "enum()",
    "infer",
    "date()",
    "literal()",
    "union()",
    "optional()",
    "any()",
    "coerce",
];

/// What a zod schema is refined with (`z.string().`), the most used first.
pub(super) const ZOD_REFINEMENTS: &[&str] = &[
    "min()",
    "max()",
    "optional()",
    "email()",
    "url()",
    "uuid()",
    "int()",
    "positive()",
    "nonempty()",
    "default()",
    "regex()",
    "trim()",
    "nullable()",
    "length()",
];

/// What a declared zod schema is used for (`userSchema.`), the most used first.
pub(super) const ZOD_SCHEMA_METHODS: &[&str] = &[
    "parse()",
    "safeParse()",
    "extend()",
    "partial()",
    "pick()",
    "omit()",
    "parseAsync()",
    "safeParseAsync()",
];

/// An `Optional`'s methods (`repository.findById(id).`), the most used first.
pub(super) const OPTIONAL_METHODS: &[&str] = &[
    "orElseThrow()",
    "map()",
    "orElse()",
    "isPresent()",
    "ifPresent()",
    "get()",
    "isEmpty()",
    "orElseGet()",
];

/// An exception's methods (`ex.`), the most used first.
pub(super) const EXCEPTION_METHODS: &[&str] = &[
    "getMessage()",
    "printStackTrace()",
    "getCause()",
    "getLocalizedMessage()",
    "getStackTrace()",
];

/// Whether a receiver's name says it is a repository (`userRepository`, `this.usersRepository`, `repo`).
pub(super) fn names_repository(receiver: &str) -> bool {
    let name = receiver.rsplit('.').next().unwrap_or(receiver);
    is_plain_name(name)
        && (name.ends_with("Repository")
            || name.ends_with("Repo")
            || matches!(name, "repository" | "repo"))
}

/// The Java table of what `access` names from a Spring service's own objects: a repository by its name, an
/// `Optional` a finder returned (`findById(id).`), an exception the method takes (`UserNotFoundException ex`).
pub(super) fn java_members(
    context: &Context<'_>,
    access: &MemberAccess<'_>,
) -> Option<&'static [&'static str]> {
    let receiver = access.receiver;
    if names_repository(receiver) {
        return Some(SPRING_REPOSITORY_METHODS);
    }
    let last_call = receiver.rsplit(").").next().unwrap_or(receiver);
    let last_name = last_call.rsplit('.').next().unwrap_or(last_call);
    if receiver.ends_with(')')
        && (last_name.starts_with("findById(") || last_name.starts_with("findByEmail("))
    {
        return Some(OPTIONAL_METHODS);
    }
    if is_plain_name(receiver) {
        let window_start = context
            .tokens_before()
            .first()
            .map_or(0, |token| token.start);
        let window = context.code.get(window_start..context.cursor)?;
        let declared = [")", ",", " "].iter().any(|after| {
            ["Exception ", "Error ", "Throwable "]
                .iter()
                .any(|kind| window.contains(&format!("{kind}{receiver}{after}")))
        });
        if declared {
            return Some(EXCEPTION_METHODS);
        }
    }
    None
}

/// The TypeScript table of what `access` names from a service's libraries: a Prisma model (`prisma.user.`), a
/// repository by its name, zod's builders and a schema they built.
pub(super) fn typescript_members(
    context: &Context<'_>,
    access: &MemberAccess<'_>,
) -> Option<&'static [&'static str]> {
    let receiver = access.receiver;
    let model_of_prisma = receiver.rsplit_once('.').is_some_and(|(client, model)| {
        (client == "prisma" || client.ends_with(".prisma")) && is_plain_name(model)
    });
    if model_of_prisma {
        return Some(PRISMA_MODEL_METHODS);
    }
    if names_repository(receiver) {
        return Some(TYPEORM_REPOSITORY_METHODS);
    }
    if receiver == "z" && context.code.contains("zod") {
        return Some(ZOD_BUILDERS);
    }
    if receiver.starts_with("z.") && receiver.ends_with(')') {
        return Some(ZOD_REFINEMENTS);
    }
    if is_plain_name(receiver) {
        let built = super::statements::declaration_of(context, receiver)
            .is_some_and(|declaration| declaration.trim_start().starts_with("z."));
        if built {
            return Some(ZOD_SCHEMA_METHODS);
        }
    }
    None
}
