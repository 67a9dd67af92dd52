import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures README.md reports, measured the same way each time (run by bin/benchmark):
 * cold start of Payara Micro to ready and its resident memory, then the people list with
 * 10,000 people: server time of the first page and of a filtered page; then the committee
 * board of one organisation with 2,000 participants: server time of its first page and of a
 * filtered page, and of deciding 200 grades as proposed in one go.
 * <p>
 * {@code -Donly=board} measures the board alone (one start to create the schema, no start-up
 * figures, no people list); {@code -Donly=evidence} measures the public-feedback column of the
 * board on PostgreSQL ({@link Evidence}).
 */
public class Benchmark {

    static final int PORT = Integer.parseInt(System.getProperty("port", "8090"));
    static final String BASE = "http://127.0.0.1:" + PORT + "/";
    static final Path ROOT = Path.of(System.getProperty("root", "."));
    static final Path DATA = ROOT.resolve("target/benchmark-data");
    static final int STARTS = Integer.getInteger("starts", 5);
    static final int REQUESTS = Integer.getInteger("requests", 100);
    static final int PEOPLE = Integer.getInteger("people", 10_000);
    static final boolean BOARD_ONLY = "board".equals(System.getProperty("only"));
    static final boolean EVIDENCE_ONLY = "evidence".equals(System.getProperty("only"));
    static final boolean DOCUMENTS_ONLY = "documents".equals(System.getProperty("only"));
    /** The PostgreSQL database the evidence figures are measured in (created afresh each run). */
    static final String PG_HOST = System.getProperty("pgHost", "127.0.0.1:5432");
    static final String PG_DATABASE = System.getProperty("pgDatabase", "evaluation_benchmark");
    static final String PG_USER = System.getProperty("pgUser", "postgres");
    static final String PG_PASSWORD = System.getProperty("pgPassword", "postgres");
    static final int STAFF = Integer.getInteger("staff", 10_000);
    static final int RATINGS = Integer.getInteger("ratings", 2_000_000);
    static final int EVIDENCE_REQUESTS = Integer.getInteger("evidenceRequests", 30);
    static final String PASSWORD = "Kaohe@2026";
    /** The organisation whose committee the demo account "committee" sits on. */
    static final String CENTRE = "市政务服务中心";
    static final int PARTICIPANTS = Integer.getInteger("participants", 2_000);
    static final int BULK = Integer.getInteger("bulk", 200);
    static final int BULK_ROUNDS = Integer.getInteger("bulkRounds", 5);
    /** Ids far above what the application's sequences hand out, so that seeded rows never collide. */
    static final long PERSON_IDS = 100_000_000L;
    static final long BOARD_PERSON_IDS = 300_000_000L;
    static final long PARTICIPANT_IDS = 400_000_000L;
    static final long QUARTER_IDS = 500_000_000L;
    static final long CYCLE_ID = 900_000_000L;

    public static void main(String[] args) throws Exception {
        if (EVIDENCE_ONLY) {
            Evidence.run();
            return;
        }
        if (DOCUMENTS_ONLY) {
            Documents.run();
            return;
        }
        deleteTree(DATA);
        Files.createDirectories(DATA);
        List<Double> starts = new ArrayList<>();
        List<Long> rss = new ArrayList<>();
        double firstStart = 0;
        for (int i = 0; i <= (BOARD_ONLY ? 0 : STARTS); i++) {
            long t0 = System.nanoTime();
            Process micro = startMicro();
            waitUntilReady(micro);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long rssKb = residentKb(micro.pid());
            stop(micro);
            if (i == 0) {
                firstStart = seconds; // creates the schema and loads the demo data
            } else {
                starts.add(seconds);
                rss.add(rssKb);
            }
            System.out.printf("start %d: %.1f s to ready, %d MiB resident%n", i, seconds, rssKb / 1024);
        }
        int added = BOARD_ONLY ? 0 : seed();
        long cycle = seedBoard();
        Process micro = startMicro();
        try {
            waitUntilReady(micro);
            StringBuilder report = new StringBuilder();
            if (!BOARD_ONLY) {
                HttpClient http = client();
                signIn(http, "hr", PASSWORD, "/hr/");
                String first = "hr/people.xhtml";
                String filtered = "hr/people.xhtml?q=" + URLEncoder.encode("王", StandardCharsets.UTF_8);
                expectRows(http, first);
                expectRows(http, filtered);
                List<Double> firstPage = time(http, first);
                List<Double> filteredPage = time(http, filtered);
                report.append(String.format("Payara Micro cold start to ready: first start (schema + demo data) %.1f s; "
                        + "median of %d further starts %.1f s (min %.1f, max %.1f)%n", firstStart, starts.size(),
                        median(starts), Collections.min(starts), Collections.max(starts)));
                report.append(String.format("Resident memory right after start: median %d MiB (max %d MiB)%n",
                        medianLong(rss) / 1024, Collections.max(rss) / 1024));
                report.append(String.format("People list with %d people (%d added): %d requests each%n",
                        count(), added, REQUESTS));
                report.append(String.format("  first page (20 rows, sorted by name): p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                        percentile(firstPage, 50), percentile(firstPage, 95), Collections.max(firstPage)));
                report.append(String.format("  filtered page (name contains 王):      p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                        percentile(filteredPage, 50), percentile(filteredPage, 95), Collections.max(filteredPage)));
            }
            report.append(measureBoard(cycle));
            System.out.println();
            System.out.print(report);
            Files.writeString(ROOT.resolve("target/benchmark-report.txt"), report);
        } finally {
            stop(micro);
        }
    }

    static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    static Process startMicro() throws IOException {
        ProcessBuilder pb = new ProcessBuilder("java", "-Xmx768m",
                // the benchmark signs HR in with the password alone: the second factor is not what it measures
                "-Devaluation.security.two-factor.roles=AUDIT_ADMIN",
                "-jar", ROOT.resolve("ear/target/payara-micro.jar").toString(),
                "--deploy", ROOT.resolve("ear/target/evaluation-micro.war").toString(), "--contextroot", "/",
                "--port", String.valueOf(PORT), "--nocluster", "--disablephonehome",
                "--rootdir", DATA.resolve("payara-micro").toString(),
                "--prebootcommandfile", ROOT.resolve("bin/micro-preboot.asadmin").toString());
        pb.environment().put("EVALUATION_DEMO", "true");
        if (EVIDENCE_ONLY) {
            pb.environment().put("EVALUATION_DB_URL", Evidence.url());
            pb.environment().put("EVALUATION_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
            pb.environment().put("EVALUATION_DB_USER", PG_USER);
            pb.environment().put("EVALUATION_DB_PASSWORD", PG_PASSWORD);
        } else {
            pb.environment().put("EVALUATION_DB_URL", "jdbc:h2:file:" + DATA.resolve("evaluation").toAbsolutePath());
        }
        pb.environment().put("EVALUATION_DOCUMENTS_DIR", DATA.resolve("documents").toAbsolutePath().toString());
        pb.environment().put("EVALUATION_KEYS_FILE", DATA.resolve("keys.properties").toAbsolutePath().toString());
        pb.redirectErrorStream(true).redirectOutput(DATA.resolve("payara-micro.log").toFile());
        return pb.start();
    }

    static void waitUntilReady(Process micro) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!micro.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped; see " + DATA.resolve("payara-micro.log"));
            }
            try {
                if (status(http, "health/ready") == 200 && status(http, "login.xhtml") == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("not ready within 3 minutes");
    }

    static int status(HttpClient http, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(BASE + path)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    static long residentKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    static void stop(Process micro) throws InterruptedException {
        micro.destroy();
        if (!micro.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            micro.destroyForcibly().waitFor();
        }
    }

    static String jdbcUrl() {
        return "jdbc:h2:file:" + DATA.resolve("evaluation").toAbsolutePath();
    }

    /** Adds people straight into the stopped server's database, up to the wanted number. */
    static int seed() throws SQLException {
        Random random = new Random(20261121);
        try (Connection c = DriverManager.getConnection(jdbcUrl(), "evaluation", "evaluation")) {
            c.setAutoCommit(false);
            List<long[]> units = new ArrayList<>();
            try (ResultSet r = c.createStatement().executeQuery("SELECT id, organisation_id FROM org_unit")) {
                while (r.next()) {
                    units.add(new long[]{r.getLong(1), r.getLong(2)});
                }
            }
            int added = insertPeople(c, PEOPLE - count(c), units, PERSON_IDS, random, 20);
            c.commit();
            return added;
        }
    }

    static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".split("");
    static final String[] GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍建华红梅鑫飞斌宇浩凯健俊帆帅旭宁波斌志强晨阳欣怡子涵梓萱浩然宇轩".split("");

    /**
     * Inserts {@code count} people with ids from {@code firstId}, each in a random one of the units
     * ({unit id, organisation id}); one in {@code leftEvery} has left (0: nobody has).
     */
    static int insertPeople(Connection c, int count, List<long[]> units, long firstId, Random random, int leftEvery)
            throws SQLException {
        int added = 0;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO person (id, version, name, gender,"
                + " birth_date, id_number, category, position, organisation_id, unit_id, supervisor_id,"
                + " leader_member, probation_start, probation_end, active, left_on)"
                + " VALUES (?, 1, ?, ?, ?, ?, 'CIVIL_SERVANT', ?, ?, ?, NULL, FALSE, NULL, NULL, ?, NULL)")) {
            for (int i = 0; i < count; i++) {
                boolean male = random.nextBoolean();
                LocalDate birth = LocalDate.of(1965 + random.nextInt(35), 1 + random.nextInt(12), 1 + random.nextInt(28));
                String first17 = String.format("%06d%s%03d", 110000 + random.nextInt(540000),
                        birth.toString().replace("-", ""), (i % 500) * 2 + (male ? 1 : 0));
                long[] unit = units.get(random.nextInt(units.size()));
                insert.setLong(1, firstId + i);
                insert.setString(2, SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
                        + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : ""));
                insert.setString(3, male ? "MALE" : "FEMALE");
                insert.setObject(4, birth);
                insert.setString(5, first17 + check(first17));
                insert.setString(6, random.nextInt(5) == 0 ? "科长" : "一级科员");
                insert.setLong(7, unit[1]);
                insert.setLong(8, unit[0]);
                insert.setBoolean(9, leftEvery == 0 || random.nextInt(leftEvery) != 0);
                insert.addBatch();
                added++;
                if (added % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return added;
    }

    /**
     * An open 2026 assessment of the service centre, straight into the stopped server's database,
     * with {@link #PARTICIPANTS} generated people of the centre as participants (people are added
     * to the centre first when it has too few): every summary handed in and every grade proposed,
     * about 15 % of them 优秀, 5 % of the summaries late, one person in ten with an 一般 quarter.
     * The demo people stay out of it, so that their records do not change the figures.
     */
    static long seedBoard() throws SQLException {
        Random random = new Random(20261122);
        try (Connection c = DriverManager.getConnection(jdbcUrl(), "evaluation", "evaluation")) {
            c.setAutoCommit(false);
            long centre = rows(c, "SELECT id, id FROM organisation WHERE name = '" + CENTRE + "' AND id > ?", 0)
                    .get(0)[0];
            List<long[]> units = rows(c, "SELECT id, organisation_id FROM org_unit WHERE organisation_id = ?", centre);
            String generated = "SELECT id, unit_id FROM person WHERE organisation_id = ? AND active = TRUE"
                    + " AND leader_member = FALSE AND id >= " + PERSON_IDS + " ORDER BY id";
            List<long[]> people = rows(c, generated, centre);
            if (people.size() < PARTICIPANTS) {
                insertPeople(c, PARTICIPANTS - people.size(), units, BOARD_PERSON_IDS, random, 0);
                people = rows(c, generated, centre);
            }
            people = people.subList(0, PARTICIPANTS);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO assessment_cycle (id, version,"
                    + " organisation_id, assessment_year, status, scheme, quota_percent, quota_rounding,"
                    + " quarterly_rule, leave_day_limit, summary_due, review_due, decision_due, publicity_days)"
                    + " VALUES (?, 1, ?, 2026, 'OPEN', 'CIVIL_SERVANT', 20, 'FLOOR', FALSE, 183, ?, ?, ?, 5)")) {
                insert.setLong(1, CYCLE_ID);
                insert.setLong(2, centre);
                insert.setObject(3, LocalDate.of(2027, 1, 10));
                insert.setObject(4, LocalDate.of(2027, 1, 20));
                insert.setObject(5, LocalDate.of(2027, 1, 31));
                insert.executeUpdate();
            }
            try (PreparedStatement participant = c.prepareStatement("INSERT INTO participant (id, version, cycle_id,"
                    + " person_id, unit_id, reviewer_id, stage, removed, eligibility_effect, eligibility_reason,"
                    + " draft_morality, draft_ability, draft_diligence, draft_performance, draft_integrity,"
                    + " draft_achievements, summary_status, summary_versions, summary_submitted_on, summary_late,"
                    + " review_comment, proposed_grade, review_submitted, reviewed_on, decided)"
                    + " VALUES (?, 1, ?, ?, ?, NULL, 'REVIEWED', FALSE, 'MAY_BE_GRADED', 'NONE', '坚持学习', '熟悉业务',"
                    + " '全年无缺勤', '按时办结', '廉洁自律', '窗口改造', 'SUBMITTED', 1, ?, ?, '工作认真负责', ?, TRUE, ?,"
                    + " FALSE)");
                 PreparedStatement quarter = c.prepareStatement("INSERT INTO quarterly_assessment (id, version,"
                         + " person_id, assessment_year, assessment_quarter, status, work_record, submitted_at, grade,"
                         + " leader_comment, graded_at) VALUES (?, 1, ?, 2026, 2, 'GRADED', '第二季度工作记录', ?,"
                         + " 'AVERAGE', '办件差错较多', ?)")) {
                for (int i = 0; i < people.size(); i++) {
                    long[] person = people.get(i);
                    boolean late = random.nextInt(20) == 0;
                    int roll = random.nextInt(100);
                    participant.setLong(1, PARTICIPANT_IDS + i);
                    participant.setLong(2, CYCLE_ID);
                    participant.setLong(3, person[0]);
                    participant.setLong(4, person[1]);
                    participant.setObject(5, late ? LocalDate.of(2027, 1, 12) : LocalDate.of(2026, 12, 28));
                    participant.setBoolean(6, late);
                    participant.setString(7, roll < 15 ? "EXCELLENT" : roll < 95 ? "COMPETENT" : "BASICALLY_COMPETENT");
                    participant.setObject(8, LocalDate.of(2027, 1, 15));
                    participant.addBatch();
                    if (random.nextInt(10) == 0) {
                        quarter.setLong(1, QUARTER_IDS + i);
                        quarter.setLong(2, person[0]);
                        quarter.setObject(3, LocalDateTime.of(2026, 7, 3, 9, 0));
                        quarter.setObject(4, LocalDateTime.of(2026, 7, 10, 9, 0));
                        quarter.addBatch();
                    }
                }
                participant.executeBatch();
                quarter.executeBatch();
            }
            c.commit();
        }
        return CYCLE_ID;
    }

    /** Two numbers of each row the query gives for one number parameter. */
    static List<long[]> rows(Connection c, String sql, long parameter) throws SQLException {
        List<long[]> rows = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setLong(1, parameter);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.add(new long[]{r.getLong(1), r.getLong(2)});
                }
            }
        }
        return rows;
    }

    static char check(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    static int count() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl() + ";AUTO_SERVER=FALSE", "evaluation", "evaluation")) {
            return count(c);
        } catch (SQLException locked) {
            return PEOPLE; // the server holds the database; it was seeded to this number
        }
    }

    static int count(Connection c) throws SQLException {
        try (ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM person")) {
            r.next();
            return r.getInt(1);
        }
    }

    static void signIn(HttpClient http, String username, String password, String area)
            throws IOException, InterruptedException {
        String page = http.send(HttpRequest.newBuilder(URI.create(BASE + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!state.find()) {
            throw new IllegalStateException("no view state on the sign-in page");
        }
        String form = "signIn=signIn&signIn%3Ausername=" + username + "&signIn%3Apassword="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&signIn%3Asubmit="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(BASE + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (!response.uri().getPath().startsWith(area)) {
            throw new IllegalStateException("sign-in failed, landed on " + response.uri());
        }
    }

    static void expectRows(HttpClient http, String path) throws IOException, InterruptedException {
        String body = http.send(HttpRequest.newBuilder(URI.create(BASE + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        if (!body.contains("data-ri=\"0\"")) {
            throw new IllegalStateException(path + " shows no rows");
        }
    }

    static List<Double> time(HttpClient http, String path) throws IOException, InterruptedException {
        return time(http, path, 20, REQUESTS);
    }

    static List<Double> time(HttpClient http, String path, int warmUp, int requests)
            throws IOException, InterruptedException {
        for (int i = 0; i < warmUp; i++) { // warm-up
            http.send(HttpRequest.newBuilder(URI.create(BASE + path)).build(), HttpResponse.BodyHandlers.discarding());
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long t0 = System.nanoTime();
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(BASE + path)).build(),
                    HttpResponse.BodyHandlers.discarding());
            ms.add((System.nanoTime() - t0) / 1e6);
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + r.statusCode());
            }
        }
        return ms;
    }

    /**
     * The committee board of the seeded cycle as the demo committee member 赵强 sees it: the first
     * page, and a page filtered by a flag (a proposed 优秀 with an 一般 quarter), which the database
     * finds among all 2,000; then {@link #BULK_ROUNDS} times deciding {@link #BULK} lines as
     * proposed with one click of the bulk button.
     */
    static String measureBoard(long cycle) throws IOException, InterruptedException {
        HttpClient http = client();
        signIn(http, "committee", PASSWORD, "/committee/");
        String first = "committee/board.xhtml?cycle=" + cycle;
        String filtered = first + "&flag=PROPOSED_EXCELLENT_WITH_POOR_QUARTER";
        expectRows(http, first);
        expectRows(http, filtered);
        List<Double> firstPage = time(http, first);
        List<Double> filteredPage = time(http, filtered);
        List<Double> bulk = new ArrayList<>();
        for (int round = 0; round < BULK_ROUNDS; round++) {
            bulk.add(decideInBulk(http, first + "&proposed=COMPETENT&decision=UNDECIDED"));
        }
        StringBuilder report = new StringBuilder();
        report.append(String.format("Committee board with %d participants in one organisation (%s 2026): %d requests each%n",
                PARTICIPANTS, CENTRE, REQUESTS));
        report.append(String.format("  first page (20 rows, quota and flag counts):  p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                percentile(firstPage, 50), percentile(firstPage, 95), Collections.max(firstPage)));
        report.append(String.format("  filtered page (flag: 优秀 with an 一般 quarter): p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                percentile(filteredPage, 50), percentile(filteredPage, 95), Collections.max(filteredPage)));
        report.append(String.format("  deciding %d as proposed in one request (%d rounds): median %.0f ms, max %.0f ms%n",
                BULK, bulk.size(), median(bulk), Collections.max(bulk)));
        return report.toString();
    }

    /**
     * One round of the bulk decision, as the page does it: the undecided 称职 proposals shown 100
     * to a page, two pages turned so that their lines are selected across both, then the bulk
     * button with the {@link #BULK} lines selected. Returns the time of that last request.
     */
    static double decideInBulk(HttpClient http, String path) throws IOException, InterruptedException {
        String page = http.send(HttpRequest.newBuilder(URI.create(BASE + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!state.find()) {
            throw new IllegalStateException("no view state on " + path);
        }
        String viewState = state.group(1);
        String table = "boardForm:rows";
        List<String> keys = new ArrayList<>();
        for (int first = 0; keys.size() < BULK; first += 100) {
            String rows = ajax(http, viewState, table, table, table, "&" + enc(table + "_pagination") + "=true&"
                    + enc(table + "_first") + "=" + first + "&" + enc(table + "_rows") + "=100&"
                    + enc(table + "_skipChildren") + "=true&" + enc(table + "_encodeFeature") + "=true");
            Matcher key = Pattern.compile("data-rk=\"(\\d+)\"").matcher(rows);
            int before = keys.size();
            while (key.find() && keys.size() < BULK) {
                keys.add(key.group(1));
            }
            if (keys.size() == before) {
                throw new IllegalStateException("no more undecided lines after " + keys.size());
            }
        }
        String button = "boardForm:bulkDecide";
        long t0 = System.nanoTime();
        String answer = ajax(http, viewState, button, button + " " + table,
                table + " boardForm:bulkBar boardForm:flagBar quota",
                "&" + enc(button) + "=" + enc(button) + "&" + enc(table + "_selection") + "=" + String.join(",", keys));
        double ms = (System.nanoTime() - t0) / 1e6;
        if (!answer.contains("确定 " + BULK + " 人的等次")) {
            throw new IllegalStateException("the bulk decision did not go through: "
                    + answer.substring(0, Math.min(answer.length(), 2000)));
        }
        return ms;
    }

    /** A PrimeFaces ajax request of the board's form, as the browser sends it; returns the partial response. */
    static String ajax(HttpClient http, String viewState, String source, String execute, String render, String more)
            throws IOException, InterruptedException {
        String form = "jakarta.faces.partial.ajax=true&jakarta.faces.source=" + enc(source)
                + "&jakarta.faces.partial.execute=" + enc(execute) + "&jakarta.faces.partial.render=" + enc(render)
                + "&boardForm=boardForm" + more + "&jakarta.faces.ViewState=" + enc(viewState);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(BASE + "committee/board.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("<error>")) {
            throw new IllegalStateException(source + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(p / 100.0 * sorted.size()) - 1);
    }

    static double median(List<Double> values) {
        return percentile(values, 50);
    }

    static long medianLong(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((sorted.size() - 1) / 2);
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * {@code -Donly=evidence}: the committee board's public-feedback column for one organisation
     * with {@link #STAFF} people and {@link #RATINGS} ratings, on PostgreSQL. The server creates the
     * schema and the demo data in a fresh database; the staff (all of them participants of an open
     * 2026 assessment of the service centre, one in seven proposed 优秀), their services and ratings
     * are then written with INSERT ... SELECT over generate_series; the server time of the board
     * (which computes the column and the bottom tenth of the whole organisation on each request) is
     * compared with one hand-written SQL aggregate of every person's satisfaction on the same data.
     */
    static final class Evidence {

        static final long PEOPLE_FROM = 700_000_000L;
        static final long SERVICES_FROM = 1_000_000_000L;
        static final long EVIDENCE_CYCLE = 900_000_001L;

        /** What a person would write by hand: every person's real ratings and satisfied ones. */
        static final String HAND_WRITTEN = "SELECT person_id, COUNT(*), SUM(CASE WHEN rating_level >= 3 THEN 1 ELSE 0 END)"
                + " FROM rating WHERE organisation_id = ? AND counted = TRUE"
                + " AND served_on BETWEEN DATE '2026-01-01' AND DATE '2026-12-31' GROUP BY person_id";

        private Evidence() {
        }

        static String url() {
            return "jdbc:postgresql://" + PG_HOST + "/" + PG_DATABASE;
        }

        static Connection connect(String database) throws SQLException {
            return DriverManager.getConnection("jdbc:postgresql://" + PG_HOST + "/" + database, PG_USER, PG_PASSWORD);
        }

        static void run() throws IOException, InterruptedException, SQLException {
            deleteTree(DATA);
            Files.createDirectories(DATA);
            try (Connection c = connect("postgres")) {
                c.createStatement().execute("DROP DATABASE IF EXISTS " + PG_DATABASE);
                c.createStatement().execute("CREATE DATABASE " + PG_DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
            }
            Process micro = startMicro(); // schema and demo data
            waitUntilReady(micro);
            stop(micro);
            long t0 = System.nanoTime();
            long centre = seed();
            double fillSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("filled %d people and %d ratings in %.0f s%n", STAFF, RATINGS, fillSeconds);

            List<Double> hand = new ArrayList<>();
            try (Connection c = connect(PG_DATABASE)) {
                for (int i = 0; i < 3 + EVIDENCE_REQUESTS; i++) {
                    long s0 = System.nanoTime();
                    int rows = 0;
                    try (PreparedStatement q = c.prepareStatement(HAND_WRITTEN)) {
                        q.setLong(1, centre);
                        try (ResultSet r = q.executeQuery()) {
                            while (r.next()) {
                                rows++;
                            }
                        }
                    }
                    if (i >= 3) {
                        hand.add((System.nanoTime() - s0) / 1e6);
                    }
                    if (rows < STAFF / 2) {
                        throw new IllegalStateException("the aggregate found only " + rows + " people");
                    }
                }
            }

            micro = startMicro();
            try {
                waitUntilReady(micro);
                HttpClient http = client();
                signIn(http, "committee", PASSWORD, "/committee/");
                String first = "committee/board.xhtml?cycle=" + EVIDENCE_CYCLE;
                String flagged = first + "&flag=PROPOSED_EXCELLENT_LOW_SATISFACTION";
                expectRows(http, first);
                expectRows(http, flagged);
                List<Double> firstPage = time(http, first, 5, EVIDENCE_REQUESTS);
                List<Double> flaggedPage = time(http, flagged, 5, EVIDENCE_REQUESTS);
                StringBuilder report = new StringBuilder();
                report.append(String.format("Public-feedback evidence on PostgreSQL: %d people of %s (all participants of its"
                        + " 2026 assessment), %d ratings; filled in %.0f s; %d requests each%n", STAFF, CENTRE, RATINGS,
                        fillSeconds, EVIDENCE_REQUESTS));
                report.append(String.format("  board first page with the public-feedback column and the bottom tenth of the"
                        + " organisation: p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", percentile(firstPage, 50),
                        percentile(firstPage, 95), Collections.max(firstPage)));
                report.append(String.format("  board filtered by 优秀 with satisfaction in the bottom tenth:            p50 %.0f ms,"
                        + " p95 %.0f ms, max %.0f ms%n", percentile(flaggedPage, 50), percentile(flaggedPage, 95),
                        Collections.max(flaggedPage)));
                report.append(String.format("  one hand-written SQL aggregate (every person's satisfaction, JDBC):    p50 %.0f ms,"
                        + " p95 %.0f ms%n", percentile(hand, 50), percentile(hand, 95)));
                report.append(String.format("  ratio board first page / hand-written aggregate (p50): %.2f%n",
                        percentile(firstPage, 50) / percentile(hand, 50)));
                report.append(pages());
                System.out.println();
                System.out.print(report);
                Files.writeString(ROOT.resolve("target/benchmark-evidence-report.txt"), report);
            } finally {
                stop(micro);
            }
        }

        /**
         * The pages people use most, each as its demo user sees it on the same data (server time of
         * the whole page, {@link #EVIDENCE_REQUESTS} requests after 5 to warm up): the leader 周涛
         * with the generated people of his units to review, the staff member 吴静, HR of the centre
         * (韩梅) and the committee member 赵强.
         */
        static String pages() throws IOException, InterruptedException, SQLException {
            long reviewed;
            long own;
            try (Connection c = connect(PG_DATABASE)) {
                reviewed = single(c, "SELECT MIN(p.id) FROM participant p JOIN account a ON a.person_id = p.reviewer_id"
                        + " WHERE a.username = 'leader' AND p.cycle_id = " + EVIDENCE_CYCLE + " AND p.person_id >= "
                        + PEOPLE_FROM);
                own = single(c, "SELECT p.id FROM participant p JOIN account a ON a.person_id = p.person_id"
                        + " WHERE a.username = 'staff' AND p.cycle_id = " + EVIDENCE_CYCLE);
            }
            String[][] pages = {
                    {"leader", "/leader/", "leader/review.xhtml?id=" + reviewed, "leader's review of one person (summary, evidence, standing)"},
                    {"leader", "/leader/", "leader/reviews.xhtml", "leader's list of the people to review"},
                    {"leader", "/leader/", "leader/feedback.xhtml", "leader's public feedback of the unit, month by month"},
                    {"leader", "/leader/", "leader/ratings.xhtml", "leader's list of the unit's ratings"},
                    {"leader", "/leader/", "leader/cases.xhtml", "leader's 差评 cases"},
                    {"leader", "/leader/", "account/inbox.xhtml", "inbox"},
                    {"staff", "/staff/", "staff/assessment.xhtml?id=" + own, "staff member's assessment"},
                    {"hanmei", "/hr/", "hr/people.xhtml", "people list (HR)"},
                    {"hanmei", "/hr/", "hr/progress.xhtml?cycle=" + EVIDENCE_CYCLE, "progress of the cycle (HR)"},
                    {"committee", "/committee/", "committee/results.xhtml?cycle=" + EVIDENCE_CYCLE, "results of the cycle (committee)"}};
            StringBuilder report = new StringBuilder(String.format("  the pages used most, server time of %d requests"
                    + " each:%n", EVIDENCE_REQUESTS));
            java.util.Map<String, HttpClient> signedIn = new java.util.HashMap<>();
            for (String[] page : pages) {
                HttpClient http = signedIn.get(page[0]);
                if (http == null) {
                    http = client();
                    signIn(http, page[0], PASSWORD, page[1]);
                    signedIn.put(page[0], http);
                }
                HttpResponse<String> shown = http.send(HttpRequest.newBuilder(URI.create(BASE + page[2])).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (shown.statusCode() != 200 || !shown.uri().getPath().equals("/" + page[2].replaceAll("\\?.*", ""))) {
                    throw new IllegalStateException(page[2] + " as " + page[0] + " answered " + shown.statusCode()
                            + " at " + shown.uri());
                }
                List<Double> ms = time(http, page[2], 5, EVIDENCE_REQUESTS);
                report.append(String.format("    %-60s p50 %4.0f ms, p95 %4.0f ms, max %4.0f ms  (%s as %s)%n", page[3],
                        percentile(ms, 50), percentile(ms, 95), Collections.max(ms), page[2].replaceAll("\\?.*", ""),
                        page[0]));
            }
            return report.toString();
        }

        static long single(Connection c, String sql) throws SQLException {
            try (ResultSet r = c.createStatement().executeQuery(sql)) {
                if (!r.next() || r.getObject(1) == null) {
                    throw new IllegalStateException("nothing found: " + sql);
                }
                return r.getLong(1);
            }
        }

        /** Writes the people, the assessment, the services and the ratings; returns the centre's id. */
        static long seed() throws SQLException {
            try (Connection c = connect(PG_DATABASE)) {
                c.setAutoCommit(false);
                long centre;
                try (PreparedStatement q = c.prepareStatement("SELECT id FROM organisation WHERE name = ?")) {
                    q.setString(1, CENTRE);
                    try (ResultSet r = q.executeQuery()) {
                        r.next();
                        centre = r.getLong(1);
                    }
                }
                step(c, "people", "WITH u AS (SELECT array_agg(id ORDER BY id) AS a, COUNT(*) AS n FROM org_unit"
                        + " WHERE organisation_id = " + centre + ")"
                        + " INSERT INTO person (id, version, name, gender, birth_date, id_number, category, position,"
                        + " organisation_id, unit_id, supervisor_id, leader_member, probation_start, probation_end, active,"
                        + " left_on) SELECT " + PEOPLE_FROM + " + g, 1, '职员' || g,"
                        + " CASE WHEN g % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END, DATE '1970-01-01' + (g % 10000),"
                        + " 'E' || lpad(g::text, 17, '0'), 'CIVIL_SERVANT', '一级科员', " + centre + ", u.a[1 + g % u.n],"
                        + " NULL, FALSE, NULL, NULL, TRUE, NULL FROM generate_series(0, " + (STAFF - 1) + ") g, u");
                step(c, "assessment", "INSERT INTO assessment_cycle (id, version, organisation_id, assessment_year, status,"
                        + " scheme, quota_percent, quota_rounding, quarterly_rule, leave_day_limit, summary_due,"
                        + " review_due, decision_due, publicity_days) VALUES (" + EVIDENCE_CYCLE + ", 1, " + centre
                        + ", 2026, 'OPEN', 'CIVIL_SERVANT', 20, 'FLOOR', FALSE, 183, DATE '2027-01-10',"
                        + " DATE '2027-01-20', DATE '2027-01-31', 5)");
                step(c, "participants", "INSERT INTO participant (id, version, cycle_id, person_id, unit_id, reviewer_id, stage,"
                        + " removed, eligibility_effect, eligibility_reason, draft_morality, draft_ability, draft_diligence,"
                        + " draft_performance, draft_integrity, draft_achievements, summary_status, summary_versions,"
                        + " summary_submitted_on, summary_late, review_comment, proposed_grade, review_submitted, reviewed_on,"
                        + " decided) SELECT " + PARTICIPANT_IDS + " + p.id - " + PEOPLE_FROM + ", 1, " + EVIDENCE_CYCLE
                        + ", p.id, p.unit_id, NULL, 'REVIEWED', FALSE, 'MAY_BE_GRADED', 'NONE', '坚持学习', '熟悉业务',"
                        + " '全年无缺勤', '按时办结', '廉洁自律', '窗口改造', 'SUBMITTED', 1, DATE '2026-12-28', FALSE,"
                        + " '工作认真负责', CASE WHEN p.id % 7 = 0 THEN 'EXCELLENT' ELSE 'COMPETENT' END, TRUE,"
                        + " DATE '2027-01-15', FALSE FROM person p WHERE p.id >= " + PEOPLE_FROM);
                // the demo leader 周涛 reviews the generated people of his unit and the units below it, and
                // the demo staff member 吴静 of his unit takes part too, so that their pages have this data
                String leader = "(SELECT person_id FROM account WHERE username = 'leader')";
                String leadersUnit = "(SELECT p.unit_id FROM person p JOIN account a ON a.person_id = p.id"
                        + " WHERE a.username = 'leader')";
                step(c, "participants", "UPDATE participant SET reviewer_id = " + leader + " WHERE cycle_id = "
                        + EVIDENCE_CYCLE + " AND unit_id IN (SELECT id FROM org_unit WHERE id = " + leadersUnit
                        + " OR parent_id = " + leadersUnit + ")");
                step(c, "participants", "INSERT INTO participant (id, version, cycle_id, person_id, unit_id, reviewer_id,"
                        + " stage, removed, eligibility_effect, eligibility_reason, draft_morality, draft_ability,"
                        + " draft_diligence, draft_performance, draft_integrity, draft_achievements, summary_status,"
                        + " summary_versions, summary_submitted_on, summary_late, review_comment, proposed_grade,"
                        + " review_submitted, reviewed_on, decided) SELECT " + (PARTICIPANT_IDS + 50_000_000L)
                        + ", 1, " + EVIDENCE_CYCLE + ", p.id, p.unit_id, " + leader + ", 'REVIEWED', FALSE,"
                        + " 'MAY_BE_GRADED', 'NONE', '坚持学习', '熟悉业务', '全年无缺勤', '按时办结', '廉洁自律', '窗口改造',"
                        + " 'SUBMITTED', 1, DATE '2026-12-28', FALSE, '工作认真负责', 'EXCELLENT', TRUE, DATE '2027-01-15',"
                        + " FALSE FROM person p JOIN account a ON a.person_id = p.id WHERE a.username = 'staff'");
                step(c, "services", "INSERT INTO service_record (id, version, organisation_id, unit_id, window_id, served_by_id,"
                        + " reference, service_item, served_at, channel, contact, created_by_account_id, created_by_api_key_id,"
                        + " created_at) SELECT " + SERVICES_FROM + " + g, 0, " + centre + ", p.unit_id, NULL, p.id, 'BM' || g,"
                        + " '居民身份证办理', TIMESTAMP '2026-01-02 09:00' + (g % 320) * INTERVAL '1 day', 'WINDOW', NULL, NULL,"
                        + " NULL, TIMESTAMP '2026-01-02 09:00' + (g % 320) * INTERVAL '1 day'"
                        + " FROM generate_series(0, " + (RATINGS - 1) + ") g JOIN person p ON p.id = " + PEOPLE_FROM
                        + " + g % " + STAFF);
                // each person leans a little differently (bias up to 10 points more 差评 and 基本满意);
                // 2 % defaulted; of the 差评, 70 % verified valid, 20 % pending, 10 % excluded
                step(c, "ratings", "SELECT setseed(0.2026)");
                step(c, "ratings", "INSERT INTO rating (id, version, service_record_id, kind, rating_level, channel, rated_at,"
                        + " defaulted, standing, exclusion_reason, counted, organisation_id, unit_id, person_id, served_on)"
                        + " SELECT id, 0, id, 'ORIGINAL', level, CASE WHEN defaulted THEN 'SYSTEM' ELSE 'DEVICE' END,"
                        + " served_at + INTERVAL '1 hour', defaulted, standing,"
                        + " CASE WHEN standing = 'EXCLUDED' THEN 'MALICIOUS' END, NOT defaulted AND standing = 'COUNTED',"
                        + " organisation_id, unit_id, served_by_id, CAST(served_at AS DATE) FROM ("
                        + "  SELECT x.*, CASE WHEN level <= 2 AND NOT defaulted THEN CASE WHEN r2 < 0.7 THEN 'COUNTED'"
                        + "   WHEN r2 < 0.9 THEN 'PENDING_VERIFICATION' ELSE 'EXCLUDED' END ELSE 'COUNTED' END AS standing"
                        + "  FROM (SELECT s.id, s.served_at, s.organisation_id, s.unit_id, s.served_by_id, r2, d < 0.02 AS defaulted,"
                        + "   CASE WHEN d < 0.02 THEN 3 WHEN r < 0.01 + b / 2 THEN 1 WHEN r < 0.03 + b THEN 2"
                        + "    WHEN r < 0.12 + 2 * b THEN 3 WHEN r < 0.42 THEN 4 ELSE 5 END AS level"
                        + "   FROM (SELECT s.*, random() AS r, random() AS r2, random() AS d, (s.served_by_id % 50) / 500.0 AS b"
                        + "    FROM service_record s WHERE s.id >= " + SERVICES_FROM + ") s) x) y");
                // the rollup the figures read, as migration V24 builds it from the ratings there are
                step(c, "rollup", "INSERT INTO rating_day (organisation_id, served_on, unit_id, person_id, stripe,"
                        + " level_1, level_2, level_3, level_4, level_5, pending, held, excluded, defaulted)"
                        + " SELECT organisation_id, served_on, unit_id, COALESCE(person_id, 0),"
                        + " CASE WHEN person_id IS NULL THEN MOD(id, 8) ELSE 0 END,"
                        + " SUM(CASE WHEN counted AND rating_level = 1 THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN counted AND rating_level = 2 THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN counted AND rating_level = 3 THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN counted AND rating_level = 4 THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN counted AND rating_level = 5 THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN NOT defaulted AND standing = 'PENDING_VERIFICATION' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN standing = 'HELD' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN NOT defaulted AND standing = 'EXCLUDED' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN defaulted THEN 1 ELSE 0 END)"
                        + " FROM rating WHERE kind = 'ORIGINAL' AND id >= " + SERVICES_FROM
                        + " GROUP BY organisation_id, served_on, unit_id, COALESCE(person_id, 0),"
                        + " CASE WHEN person_id IS NULL THEN MOD(id, 8) ELSE 0 END");
                c.commit();
                c.setAutoCommit(true);
                step(c, "vacuum", "VACUUM ANALYZE service_record");
                step(c, "vacuum", "VACUUM ANALYZE rating");
                step(c, "vacuum", "VACUUM ANALYZE rating_day");
                step(c, "vacuum", "ANALYZE");
                return centre;
            }
        }

        static void step(Connection c, String what, String sql) throws SQLException {
            long t0 = System.nanoTime();
            c.createStatement().execute(sql);
            System.out.printf("  %s: %.1f s%n", what, (System.nanoTime() - t0) / 1e9);
        }
    }

    /**
     * The documents in the server ({@code -Donly=documents}): the 2,000 participants of the board's
     * cycle (summaries submitted, grades proposed), then HR downloads single register forms (server
     * time of the whole request, p50 / p95), and starts the ZIP of all 2,000 on the cycle page and
     * polls the page until it is done; meanwhile the server's heap in use is sampled with jstat.
     */
    static final class Documents {

        static final int FORMS = Integer.getInteger("forms", 50);
        static final Pattern PROGRESS = Pattern.compile("已生成 ([\\d,]+) / ([\\d,]+) 份");

        static void run() throws IOException, InterruptedException, SQLException {
            deleteTree(DATA);
            Files.createDirectories(DATA);
            Process first = startMicro(); // the schema and the demo data
            waitUntilReady(first);
            stop(first);
            long cycle = seedBoard();
            Process micro = startMicro();
            try {
                waitUntilReady(micro);
                HttpClient http = client();
                // HR of the service centre, whose board cycle the forms are of
                signIn(http, "hanmei", PASSWORD, "/hr/");
                List<Double> one = new ArrayList<>();
                for (int i = 0; i < 10 + FORMS; i++) {
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(BASE
                            + "documents/register-form?participant=" + (PARTICIPANT_IDS + i))).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    double ms = (System.nanoTime() - t0) / 1e6;
                    if (pdf.statusCode() != 200 || !new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
                        throw new IllegalStateException("no register form: " + pdf.statusCode());
                    }
                    if (i >= 10) {
                        one.add(ms);
                    }
                }

                String path = "hr/cycle.xhtml?id=" + cycle;
                String page = http.send(HttpRequest.newBuilder(URI.create(BASE + path)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
                if (!state.find()) {
                    throw new IllegalStateException("no view state on " + path);
                }
                HeapSampler heap = new HeapSampler(micro.pid());
                long before = heap.current();
                heap.start();
                String button = "documentsForm:startBatch";
                String form = "jakarta.faces.partial.ajax=true&jakarta.faces.source=" + enc(button)
                        + "&jakarta.faces.partial.execute=" + enc(button + " documentsForm:batchUnit")
                        + "&jakarta.faces.partial.render=documentsForm&documentsForm=documentsForm&" + enc(button) + "="
                        + enc(button) + "&" + enc("documentsForm:batchUnit_input") + "=&jakarta.faces.ViewState="
                        + enc(state.group(1));
                long t0 = System.nanoTime();
                String answer = http.send(HttpRequest.newBuilder(URI.create(BASE + path))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .header("Faces-Request", "partial/ajax").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                double startMs = (System.nanoTime() - t0) / 1e6;
                if (!answer.contains("已开始生成")) {
                    throw new IllegalStateException("the batch did not start: " + answer.substring(0, Math.min(2000, answer.length())));
                }
                String shown = "";
                while (System.nanoTime() - t0 < Duration.ofMinutes(15).toNanos()) {
                    shown = http.send(HttpRequest.newBuilder(URI.create(BASE + path)).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                    if (shown.contains("batch-DONE") || shown.contains("batch-FAILED")) {
                        break;
                    }
                    Thread.sleep(500);
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                heap.interrupt();
                heap.join();
                Matcher progress = PROGRESS.matcher(shown);
                if (!shown.contains("batch-DONE") || !progress.find()) {
                    throw new IllegalStateException("the batch did not finish");
                }
                long zip;
                try (var files = Files.list(DATA.resolve("documents"))) {
                    zip = files.filter(f -> f.toString().endsWith(".zip")).mapToLong(f -> f.toFile().length()).sum();
                }
                String report = String.format("Register forms in the server (%s 2026, 2,000 participants):%n"
                                + "  one register form, downloaded by HR: p50 %.0f ms, p95 %.0f ms over %d%n"
                                + "  all %s forms into one ZIP (%d MB): %.1f s from the click to done as the page polls it"
                                + " (the click answered in %.0f ms); server heap in use: %d MB before, peak %d MB"
                                + " (-Xmx768m, sampled every 200 ms)%n",
                        CENTRE, percentile(one, 50), percentile(one, 95), one.size(), progress.group(2), zip >> 20,
                        seconds, startMs, before >> 10, heap.peak >> 10);
                System.out.println();
                System.out.print(report);
                Files.writeString(ROOT.resolve("target/benchmark-documents-report.txt"), report);
            } finally {
                stop(micro);
            }
        }
    }

    /** The heap in use of another JVM (KB), from jstat: survivor, eden and old spaces. */
    static final class HeapSampler extends Thread {

        final long pid;
        volatile long peak;

        HeapSampler(long pid) {
            this.pid = pid;
            setDaemon(true);
        }

        long current() throws IOException, InterruptedException {
            Process jstat = new ProcessBuilder("jstat", "-gc", String.valueOf(pid)).redirectErrorStream(true).start();
            List<String> lines = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).toList();
            jstat.waitFor();
            List<String> names = List.of(lines.get(0).trim().split("\\s+"));
            String[] values = lines.get(1).trim().split("\\s+");
            double used = 0;
            for (String column : List.of("S0U", "S1U", "EU", "OU")) {
                used += Double.parseDouble(values[names.indexOf(column)]);
            }
            return (long) used;
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                try {
                    peak = Math.max(peak, current());
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
    }
}
