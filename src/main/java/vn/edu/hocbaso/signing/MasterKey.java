package vn.edu.hocbaso.signing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;
import org.springframework.util.Assert;

/**
 * Encryption at rest with the configured master key: AES-256-GCM, the key derived once from the passphrase with
 * PBKDF2 (HMAC-SHA-256). Each value carries its own random nonce; a changed byte or another key fails to
 * decrypt rather than giving garbage.
 */
@Component
class MasterKey {

	private static final byte[] SALT = "hocbaso.signing.master-key".getBytes(StandardCharsets.US_ASCII);

	private static final int NONCE = 12;

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	MasterKey(SigningProperties properties) {
		Assert.hasText(properties.masterKey(), "app.signing.master-key (SIGNING_MASTER_KEY) must be set");
		this.key = derive(properties.masterKey().toCharArray());
	}

	byte[] encrypt(byte[] plain) {
		try {
			byte[] nonce = new byte[NONCE];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(plain);
			return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot encrypt with the master key", ex);
		}
	}

	byte[] decrypt(byte[] sealed) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, NONCE));
			return cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot decrypt with the master key: another key or damaged data", ex);
		}
	}

	private static SecretKey derive(char[] passphrase) {
		try {
			SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
			byte[] bytes = factory.generateSecret(new PBEKeySpec(passphrase, SALT, 210_000, 256)).getEncoded();
			return new SecretKeySpec(bytes, "AES");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot derive the master key", ex);
		}
	}

}
