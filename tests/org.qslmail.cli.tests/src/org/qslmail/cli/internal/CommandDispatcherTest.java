package org.qslmail.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Version;
import org.qslmail.cli.CliCommand;
import org.qslmail.cli.ExitCode;
import org.qslmail.cli.UsageException;

/** Argument handling and exit codes of the command line, on a dispatcher built by hand. */
class CommandDispatcherTest {

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();
	private CommandDispatcher dispatcher;
	private RecordingCommand echo;

	@BeforeEach
	void setUp() {
		dispatcher = new CommandDispatcher(new ProductVersion(new Version(1, 2, 3, "v20261122-1030")));
		echo = new RecordingCommand("echo");
		dispatcher.addCommand(echo);
	}

	private int run(String... arguments) {
		return dispatcher.execute(List.of(arguments), new PrintWriter(out, true), new PrintWriter(err, true));
	}

	@ParameterizedTest
	@ValueSource(strings = { "--version", "-V" })
	void versionPrintsReleaseBuildAndJava(String option) {
		assertEquals(ExitCode.OK, run(option));
		String text = out.toString();
		assertTrue(text.startsWith("QSL Mail 1.2.3 (build v20261122-1030)"), text);
		assertTrue(text.contains(System.getProperty("java.version")), text);
		assertEquals("", err.toString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "--help", "-h", "help" })
	void helpListsCommandsAndExitCodes(String option) {
		assertEquals(ExitCode.OK, run(option));
		String text = out.toString();
		assertTrue(text.contains("Usage: qslmail"), text);
		assertTrue(text.contains("  echo  Echoes its arguments"), text);
		assertTrue(text.contains("Exit codes: 0"), text);
	}

	@Test
	void helpOfOneCommandPrintsItsHelp() {
		assertEquals(ExitCode.OK, run("help", "echo"));
		assertEquals("echo [words...]" + System.lineSeparator(), out.toString());
	}

	@Test
	void noArgumentsIsAUsageError() {
		assertEquals(ExitCode.USAGE, run());
		assertTrue(err.toString().contains("Usage: qslmail"));
		assertEquals("", out.toString());
	}

	@Test
	void unknownOptionIsAUsageErrorNamingIt() {
		assertEquals(ExitCode.USAGE, run("--frobnicate"));
		assertTrue(err.toString().contains("Unknown option: --frobnicate"), err.toString());
		assertTrue(err.toString().contains("qslmail --help"), err.toString());
	}

	@Test
	void unknownCommandIsAUsageErrorNamingIt() {
		assertEquals(ExitCode.USAGE, run("sendall"));
		assertTrue(err.toString().contains("Unknown command: sendall"), err.toString());
	}

	@Test
	void versionTakesNoArguments() {
		assertEquals(ExitCode.USAGE, run("--version", "extra"));
		assertTrue(err.toString().contains("Unexpected argument: extra"), err.toString());
	}

	@Test
	void commandGetsTheWordsAfterItsNameAndItsExitCodeIsReturned() {
		echo.exitCode = ExitCode.FAILED;
		assertEquals(ExitCode.FAILED, run("echo", "JA1ABC", "--json"));
		assertEquals(List.of(List.of("JA1ABC", "--json")), echo.calls);
	}

	@Test
	void usageExceptionOfACommandBecomesExitCodeTwoWithItsMessage() {
		echo.usageProblem = "Missing file name";
		assertEquals(ExitCode.USAGE, run("echo"));
		assertTrue(err.toString().contains("Missing file name"), err.toString());
		assertTrue(err.toString().contains("qslmail help echo"), err.toString());
	}

	@Test
	void firstCommandOfANameWinsAndRemovalOnlyRemovesThatOne() {
		RecordingCommand second = new RecordingCommand("echo");
		dispatcher.addCommand(second);
		run("echo");
		assertEquals(1, echo.calls.size());
		assertTrue(second.calls.isEmpty());

		dispatcher.removeCommand(second);
		assertEquals(List.of("echo"), dispatcher.commandNames());
		dispatcher.removeCommand(echo);
		assertFalse(dispatcher.commandNames().contains("echo"));
	}

	static final class RecordingCommand implements CliCommand {
		private final String name;
		final List<List<String>> calls = new ArrayList<>();
		int exitCode = ExitCode.OK;
		String usageProblem;

		RecordingCommand(String name) {
			this.name = name;
		}

		@Override
		public String name() {
			return name;
		}

		@Override
		public String summary() {
			return "Echoes its arguments";
		}

		@Override
		public String help() {
			return "echo [words...]";
		}

		@Override
		public int run(List<String> arguments, PrintWriter out, PrintWriter err) {
			if (usageProblem != null) {
				throw new UsageException(usageProblem);
			}
			calls.add(List.copyOf(arguments));
			out.println(String.join(" ", arguments));
			return exitCode;
		}
	}
}
