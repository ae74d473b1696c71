package vn.edu.hocbaso.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
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
 *
 * <p>For a signing batch it signs every digest of the batch's requests file and writes the responses file to give
 * back to the server (both formats in {@link ExternalBatchFiles}); the key is unlocked once for the whole file:
 * <pre>
 *     --pkcs12=teacher.p12 --password-env=SIGNER_PASSWORD --requests=requests.json --out=responses.json
 * </pre>
 */
public final class ExternalSignerCommand {

	private ExternalSignerCommand() {
	}

	public static void main(String[] args) throws IOException {
		System.exit(run(args, System.getenv(), System.out, System.err));
	}

	/**
	 * Runs the command; 0 when signed, 2 for a mistake on the command line (an unset password variable, a requests
	 * file for another certificate), 1 when the key cannot sign.
	 */
	static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err)
			throws IOException {

		Map<String, String> options = options(args);
		boolean batch = options.containsKey("requests") && options.containsKey("out");
		if (!options.containsKey("pkcs12") || !(batch || options.containsKey("digest"))) {
			err.println("Usage: --pkcs12=FILE (--digest=BASE64 | --requests=FILE --out=FILE)"
					+ " [--password-env=VARIABLE] (else the password on stdin)");
			return 2;
		}
		String variable = options.get("password-env");
		if (variable != null && environment.get(variable) == null) {
			// Said plainly: reading stdin instead would end in "wrong password", which sends the user astray.
			err.println("The environment variable " + variable + " (--password-env) is not set: set it to the"
					+ " PKCS#12 password, or leave --password-env out to type the password on stdin");
			return 2;
		}
		char[] password = password(options, environment);
		try {
			byte[] pkcs12 = Files.readAllBytes(Path.of(options.get("pkcs12")));
			if (batch) {
				return signBatch(pkcs12, password, Path.of(options.get("requests")), Path.of(options.get("out")), out,
						err);
			}
			Signed signed = sign(pkcs12, password, Base64.getDecoder().decode(options.get("digest")));
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
		finally {
			Arrays.fill(password, '\0');
		}
	}

	/** Signs every digest of a requests file and writes the responses file; nothing is written on a mistake. */
	private static int signBatch(byte[] pkcs12, char[] password, Path requestsFile, Path outFile, PrintStream out,
			PrintStream err) throws GeneralSecurityException, IOException {

		ExternalBatchFiles.Requests requests;
		try {
			requests = ExternalBatchFiles.readRequests(Files.readAllBytes(requestsFile));
		}
		catch (IOException ex) {
			err.println("Not a requests file of a signing batch: " + requestsFile + " (" + ex.getMessage() + ")");
			return 2;
		}
		Key key = unlock(pkcs12, password);
		if (!sameSerial(key.certificate(), requests.certificateSerial())) {
			// The server refuses the whole file signed with another certificate: say so before anything is signed.
			err.println("The PKCS#12 certificate (serial " + key.certificate().getSerialNumber().toString(16)
					+ ") is not the one the batch must be signed with (certificateSerial "
					+ requests.certificateSerial() + "); nothing is written");
			return 2;
		}
		String certificate = Base64.getEncoder().encodeToString(key.certificate().getEncoded());

		List<ExternalBatchFiles.Response> responses = new ArrayList<>();
		for (ExternalBatchFiles.Request request : requests.requests()) {
			byte[] digest = Base64.getDecoder().decode(request.digest() == null ? "" : request.digest());
			byte[] value = sign(key.key(), digest);
			responses.add(new ExternalBatchFiles.Response(request.id(), Base64.getEncoder().encodeToString(value),
					certificate));
		}

		byte[] answer = ExternalBatchFiles.write(new ExternalBatchFiles.Responses(requests.batchId(), responses));
		Files.write(outFile, answer);
		out.println("signed=" + responses.size());
		return 0;
	}

	/** Whether the certificate is the one the requests name; a file naming none is taken as it is. */
	private static boolean sameSerial(X509Certificate certificate, String serial) {
		if (serial == null || serial.isBlank()) {
			return true;
		}
		try {
			return certificate.getSerialNumber().equals(new BigInteger(serial.strip(), 16));
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	record Signed(byte[] value, X509Certificate certificate) {
	}

	static Signed sign(byte[] pkcs12, char[] password, byte[] digest) throws GeneralSecurityException, IOException {
		Key key = unlock(pkcs12, password);
		return new Signed(sign(key.key(), digest), key.certificate());
	}

	private record Key(PrivateKey key, X509Certificate certificate) {
	}

	private static Key unlock(byte[] pkcs12, char[] password) throws GeneralSecurityException, IOException {
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(new ByteArrayInputStream(pkcs12), password);
		String alias = store.aliases().nextElement();
		return new Key((PrivateKey) store.getKey(alias, password), (X509Certificate) store.getCertificate(alias));
	}

	private static byte[] sign(PrivateKey key, byte[] digest) throws GeneralSecurityException {
		if (digest.length != 32) {
			throw new IllegalArgumentException("a SHA-256 digest has 32 bytes, not " + digest.length);
		}
		return DigestSigning.signDigest(key, digest);
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
