package vn.edu.hocbaso.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * A small external signer, standing in for a USB token's helper or a remote signing service: it signs a
 * digest handed out by the server with the key of a PKCS#12 file and prints the signature value and the
 * certificate, both in Base64, to give back to the server. The password is read from an environment variable
 * or from standard input, never from the command line, where other users of the machine could see it.
 *
 * <pre>
 * java -cp target/hocbaso-0.1.0-SNAPSHOT.jar -Dloader.main=vn.edu.hocbaso.signing.ExternalSignerCommand \
 *     org.springframework.boot.loader.launch.PropertiesLauncher \
 *     --pkcs12=teacher.p12 --password-env=SIGNER_PASSWORD --digest=BASE64
 * </pre>
 */
public final class ExternalSignerCommand {

	private ExternalSignerCommand() {
	}

	public static void main(String[] args) throws IOException {
		System.exit(run(args, System.getenv(), System.out, System.err));
	}

	/** Runs the command; 0 when signed, 2 for a mistake on the command line, 1 when the key cannot sign. */
	static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err)
			throws IOException {

		Map<String, String> options = options(args);
		if (!options.containsKey("pkcs12") || !options.containsKey("digest")) {
			err.println("Usage: --pkcs12=FILE --digest=BASE64 [--password-env=VARIABLE] (else the password on stdin)");
			return 2;
		}
		char[] password = password(options, environment);
		try {
			Signed signed = sign(Files.readAllBytes(Path.of(options.get("pkcs12"))), password,
					Base64.getDecoder().decode(options.get("digest")));
			out.println("signature=" + Base64.getEncoder().encodeToString(signed.value()));
			out.println("certificate=" + Base64.getEncoder().encodeToString(signed.certificate().getEncoded()));
			return 0;
		}
		catch (IllegalArgumentException ex) {
			err.println("The digest is not Base64: " + ex.getMessage());
			return 2;
		}
		catch (GeneralSecurityException | IOException ex) {
			err.println("Cannot sign: wrong password or not a PKCS#12 file with one key (" + ex.getMessage() + ")");
			return 1;
		}
	}

	record Signed(byte[] value, X509Certificate certificate) {
	}

	static Signed sign(byte[] pkcs12, char[] password, byte[] digest) throws GeneralSecurityException, IOException {

		if (digest.length != 32) {
			throw new IllegalArgumentException("a SHA-256 digest has 32 bytes, not " + digest.length);
		}
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(new ByteArrayInputStream(pkcs12), password);
		String alias = store.aliases().nextElement();
		PrivateKey key = (PrivateKey) store.getKey(alias, password);

		return new Signed(DigestSigning.signDigest(key, digest), (X509Certificate) store.getCertificate(alias));
	}

	private static char[] password(Map<String, String> options, Map<String, String> environment) throws IOException {
		String variable = options.get("password-env");
		if (variable != null && environment.get(variable) != null) {
			return environment.get(variable).toCharArray();
		}
		String line = new String(System.in.readAllBytes()).strip();
		return line.toCharArray();
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			if (arg.startsWith("--") && arg.contains("=")) {
				options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
		}
		return options;
	}

}
