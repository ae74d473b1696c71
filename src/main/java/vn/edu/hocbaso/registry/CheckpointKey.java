package vn.edu.hocbaso.registry;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.Assert;

import vn.edu.hocbaso.signing.SigningProperties;

/**
 * The department's checkpoint key (table {@code registry_checkpoint_key}, V71): an EC P-256 key pair made at
 * first use. The private key is stored encrypted with AES-256-GCM under a key derived (PBKDF2) from the same
 * passphrase as the signing module's master key, {@code app.signing.master-key}, with the registry's own salt;
 * it is never logged and never leaves this class except as a {@link CheckpointSigner}. The public key is public.
 */
@Component
class CheckpointKey {

	private static final byte[] SALT = "hocbaso.registry.checkpoint-key".getBytes(StandardCharsets.US_ASCII);

	private static final int NONCE = 12;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final SecretKey wrapping;

	private volatile KeyPair keys;

	CheckpointKey(JdbcTemplate jdbc, PlatformTransactionManager transactions, SigningProperties signing) {
		Assert.hasText(signing.masterKey(), "app.signing.master-key (SIGNING_MASTER_KEY) must be set");
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.wrapping = derive(signing.masterKey().toCharArray());
	}

	/** The signer of checkpoints with the department's private key. */
	CheckpointSigner signer() {
		return new PrivateKeyCheckpointSigner(keys().getPrivate());
	}

	/** The department's public key, to verify checkpoints with. */
	PublicKey publicKey() {
		return keys().getPublic();
	}

	/** The public key as PEM ({@code PUBLIC KEY}), the file the offline command takes as --department-key. */
	String publicKeyPem() {
		return pem(publicKey());
	}

	static String pem(PublicKey key) {
		return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
			.encodeToString(key.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
	}

	/** Reads a public key written by {@link #pem(PublicKey)}. */
	static PublicKey readPem(String pem) throws GeneralSecurityException {
		String base64 = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
			.replaceAll("\\s", "");
		return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
	}

	private KeyPair keys() {
		KeyPair loaded = keys;
		if (loaded == null) {
			synchronized (this) {
				if (keys == null) {
					// In a transaction of its own: the key made here stays even if the caller's transaction fails.
					keys = ownTransaction.execute(status -> loadOrCreate());
				}
				loaded = keys;
			}
		}
		return loaded;
	}

	private KeyPair loadOrCreate() {
		KeyPair generated = generate();
		// Two servers starting at once: the first insert wins and both read the same row.
		jdbc.update("""
				insert into registry_checkpoint_key (id, public_key, private_key_encrypted, created_at)
				values (1, ?, ?, ?) on conflict (id) do nothing""", generated.getPublic().getEncoded(),
				encrypt(generated.getPrivate().getEncoded()), Timestamp.from(Instant.now()));
		return jdbc.queryForObject(
				"select public_key, private_key_encrypted from registry_checkpoint_key where id = 1",
				(row, i) -> decode(row.getBytes(1), decrypt(row.getBytes(2))));
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot make a P-256 key", e);
		}
	}

	private static KeyPair decode(byte[] publicKey, byte[] privateKey) {
		try {
			KeyFactory factory = KeyFactory.getInstance("EC");
			return new KeyPair(factory.generatePublic(new X509EncodedKeySpec(publicKey)),
					factory.generatePrivate(new PKCS8EncodedKeySpec(privateKey)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The stored checkpoint key cannot be read", e);
		}
	}

	private byte[] encrypt(byte[] plain) {
		try {
			byte[] nonce = new byte[NONCE];
			new SecureRandom().nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, wrapping, new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(plain);
			return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot encrypt the checkpoint key", e);
		}
	}

	private byte[] decrypt(byte[] sealed) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, wrapping, new GCMParameterSpec(128, sealed, 0, NONCE));
			return cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot decrypt the checkpoint key: another master key or damaged data",
					e);
		}
	}

	private static SecretKey derive(char[] passphrase) {
		try {
			SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
			byte[] bytes = factory.generateSecret(new PBEKeySpec(passphrase, SALT, 210_000, 256)).getEncoded();
			return new SecretKeySpec(bytes, "AES");
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot derive the checkpoint key's wrapping key", e);
		}
	}

}
