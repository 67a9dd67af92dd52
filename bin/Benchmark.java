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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures README.md reports, measured the same way each time (run by bin/benchmark):
 * cold start of Payara Micro to ready and its resident memory, then the people list with
 * 10,000 people: server time of the first page and of a filtered page.
 */
public class Benchmark {

    static final int PORT = Integer.parseInt(System.getProperty("port", "8090"));
    static final String BASE = "http://127.0.0.1:" + PORT + "/";
    static final Path ROOT = Path.of(System.getProperty("root", "."));
    static final Path DATA = ROOT.resolve("target/benchmark-data");
    static final int STARTS = Integer.getInteger("starts", 5);
    static final int REQUESTS = Integer.getInteger("requests", 100);
    static final int PEOPLE = Integer.getInteger("people", 10_000);

    public static void main(String[] args) throws Exception {
        deleteTree(DATA);
        Files.createDirectories(DATA);
        List<Double> starts = new ArrayList<>();
        List<Long> rss = new ArrayList<>();
        double firstStart = 0;
        for (int i = 0; i <= STARTS; i++) {
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
        int added = seed();
        Process micro = startMicro();
        try {
            waitUntilReady(micro);
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
            signIn(http, "hr", "Kaohe@2026");
            String first = "hr/people.xhtml";
            String filtered = "hr/people.xhtml?q=" + URLEncoder.encode("王", StandardCharsets.UTF_8);
            expectRows(http, first);
            expectRows(http, filtered);
            List<Double> firstPage = time(http, first);
            List<Double> filteredPage = time(http, filtered);
            StringBuilder report = new StringBuilder();
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
            System.out.println();
            System.out.print(report);
            Files.writeString(ROOT.resolve("target/benchmark-report.txt"), report);
        } finally {
            stop(micro);
        }
    }

    static Process startMicro() throws IOException {
        ProcessBuilder pb = new ProcessBuilder("java", "-Xmx768m", "-jar", ROOT.resolve("ear/target/payara-micro.jar").toString(),
                "--deploy", ROOT.resolve("ear/target/evaluation-micro.war").toString(), "--contextroot", "/",
                "--port", String.valueOf(PORT), "--nocluster", "--disablephonehome",
                "--rootdir", DATA.resolve("payara-micro").toString(),
                "--prebootcommandfile", ROOT.resolve("bin/micro-preboot.asadmin").toString());
        pb.environment().put("EVALUATION_DEMO", "true");
        pb.environment().put("EVALUATION_DB_URL", "jdbc:h2:file:" + DATA.resolve("evaluation").toAbsolutePath());
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
        String[] surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".split("");
        String[] given = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍建华红梅鑫飞斌宇浩凯健俊帆帅旭宁波斌志强晨阳欣怡子涵梓萱浩然宇轩".split("");
        Random random = new Random(20261121);
        int added = 0;
        try (Connection c = DriverManager.getConnection(jdbcUrl(), "evaluation", "evaluation")) {
            c.setAutoCommit(false);
            List<long[]> units = new ArrayList<>();
            try (ResultSet r = c.createStatement().executeQuery("SELECT id, organisation_id FROM org_unit")) {
                while (r.next()) {
                    units.add(new long[]{r.getLong(1), r.getLong(2)});
                }
            }
            int missing = PEOPLE - count(c);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO person (id, version, name, gender,"
                    + " birth_date, id_number, category, position, organisation_id, unit_id, supervisor_id,"
                    + " leader_member, probation_start, probation_end, active, left_on)"
                    + " VALUES (?, 1, ?, ?, ?, ?, 'CIVIL_SERVANT', ?, ?, ?, NULL, FALSE, NULL, NULL, ?, NULL)")) {
                for (int i = 0; i < missing; i++) {
                    boolean male = random.nextBoolean();
                    LocalDate birth = LocalDate.of(1965 + random.nextInt(35), 1 + random.nextInt(12), 1 + random.nextInt(28));
                    String first17 = String.format("%06d%s%03d", 110000 + random.nextInt(540000),
                            birth.toString().replace("-", ""), (i % 500) * 2 + (male ? 1 : 0));
                    long[] unit = units.get(random.nextInt(units.size()));
                    insert.setLong(1, 100_000_000L + i);
                    insert.setString(2, surnames[random.nextInt(surnames.length)] + given[random.nextInt(given.length)]
                            + (random.nextBoolean() ? given[random.nextInt(given.length)] : ""));
                    insert.setString(3, male ? "MALE" : "FEMALE");
                    insert.setObject(4, birth);
                    insert.setString(5, first17 + check(first17));
                    insert.setString(6, random.nextInt(5) == 0 ? "科长" : "一级科员");
                    insert.setLong(7, unit[1]);
                    insert.setLong(8, unit[0]);
                    insert.setBoolean(9, random.nextInt(20) != 0);
                    insert.addBatch();
                    added++;
                    if (added % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        }
        return added;
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

    static void signIn(HttpClient http, String username, String password) throws IOException, InterruptedException {
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
        if (!response.uri().getPath().startsWith("/hr/")) {
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
        for (int i = 0; i < 20; i++) { // warm-up
            http.send(HttpRequest.newBuilder(URI.create(BASE + path)).build(), HttpResponse.BodyHandlers.discarding());
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
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
}
